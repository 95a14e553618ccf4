package eu.dogana.pii.date;

import eu.dogana.pii.ScanText;
import java.util.HashMap;
import java.util.Map;

/**
 * Month names and common abbreviations in English, German, Italian, French, Spanish, Dutch, Polish (nominative and
 * genitive, as dates use the genitive: "3 marca") and Portuguese, folded as {@link eu.dogana.pii.Folding#fold}
 * folds ("März" → "marz", "février" → "fevrier", "października" → "pazdziernika").
 *
 * <p>Cost: an ASCII word, most words of a text, is looked up in place (its folded form is its lower case) in a small
 * open-addressing table, so no folded string is made for the word after every day number; only a word with other
 * characters takes the text's cached {@link ScanText#foldedWord folded string}.
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
    /** The names' lengths span 3 ("jan") to 12 ("pazdziernika"): other words need no lookup. */
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 12;
    /** {@link #BY_NAME} again as open addressing on {@link #asciiHash}: names, with their months alongside. */
    private static final String[] SLOT_NAMES = new String[512];
    private static final byte[] SLOT_MONTHS = new byte[SLOT_NAMES.length];

    static {
        BY_NAME.forEach((name, month) -> {
            int slot = slotOf(asciiHash(name, 0, name.length()));
            while (SLOT_NAMES[slot] != null) {
                slot = nextSlot(slot);
            }
            SLOT_NAMES[slot] = name;
            SLOT_MONTHS[slot] = (byte) (int) month;
        });
    }

    private MonthNames() {
    }

    /** The month 1–12 a folded word names, or 0. */
    static int month(String foldedWord) {
        Integer month = BY_NAME.get(foldedWord);
        return month == null ? 0 : month;
    }

    /** The month 1–12 the word {@code word} of {@code scan} names once folded, or 0. */
    static int month(ScanText scan, int word) {
        if ((scan.wordFlags(word) & ScanText.ALL_ASCII) == 0) {
            return month(scan.foldedWord(word));
        }
        int start = scan.wordStart(word);
        int end = scan.wordEnd(word);
        if (end - start < MIN_LENGTH || end - start > MAX_LENGTH) {
            return 0;
        }
        String text = scan.text();
        for (int slot = slotOf(asciiHash(text, start, end)); SLOT_NAMES[slot] != null; slot = nextSlot(slot)) {
            if (equalsLowerCase(text, start, end, SLOT_NAMES[slot])) {
                return SLOT_MONTHS[slot];
            }
        }
        return 0;
    }

    /** Whether ASCII {@code text[start, end)} in lower case is {@code name}. */
    private static boolean equalsLowerCase(String text, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (lowerCase(text.charAt(i)) != name.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    private static int asciiHash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lowerCase(text.charAt(i));
        }
        return h;
    }

    private static char lowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int slotOf(int hash) {
        return (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SLOT_NAMES.length));
    }

    private static int nextSlot(int slot) {
        return (slot + 1) & (SLOT_NAMES.length - 1);
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
