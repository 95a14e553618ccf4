package eu.dogana.pii.date;

import java.util.HashMap;
import java.util.Map;

/**
 * Month names and common abbreviations in English, German, Italian, French, Spanish, Dutch, Polish (nominative and
 * genitive, as dates use the genitive: "3 marca") and Portuguese, folded as {@link eu.dogana.pii.Folding#fold}
 * folds ("März" → "marz", "février" → "fevrier", "października" → "pazdziernika").
 */
final class MonthNames {

    private static final String[] NAMES = {
        // 1
        "january jan januar janner jaenner gennaio gen janvier janv enero ene januari janeiro styczen stycznia sty",
        // 2
        "february feb februar febbraio fevrier fevr fev febrero februari fevereiro luty lutego lut",
        // 3
        "march mar marz maerz marzo mars maart mrt marco marzec marca",
        // 4
        "april apr aprile avril avr abril abr kwiecien kwietnia kwi",
        // 5
        "may mai maggio mag mayo mei maio maj maja",
        // 6
        "june jun juni giugno giu juin junio junho czerwiec czerwca cze",
        // 7
        "july jul juli luglio lug juillet juil julio julho lipiec lipca lip",
        // 8
        "august aug agosto ago aout augustus sierpien sierpnia sie",
        // 9
        "september sep sept settembre set septembre septiembre setiembre setembro wrzesien wrzesnia wrz",
        // 10
        "october oct oktober okt ottobre ott octobre octubre outubro out pazdziernik pazdziernika paz",
        // 11
        "november nov novembre noviembre novembro listopad listopada lis",
        // 12
        "december dec dezember dez dicembre dic decembre diciembre dezembro grudzien grudnia gru"
    };

    private static final Map<String, Integer> BY_NAME = build();

    private MonthNames() {
    }

    /** The month 1–12 a folded word names, or 0. */
    static int month(String foldedWord) {
        Integer month = BY_NAME.get(foldedWord);
        return month == null ? 0 : month;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> map = new HashMap<>();
        for (int m = 0; m < NAMES.length; m++) {
            for (String name : NAMES[m].split(" ")) {
                Integer previous = map.put(name, m + 1);
                if (previous != null) {
                    throw new IllegalStateException("month name listed twice: " + name);
                }
            }
        }
        return Map.copyOf(map);
    }
}
