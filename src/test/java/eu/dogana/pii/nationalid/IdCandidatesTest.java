package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdCandidatesTest {

    /** Each candidate as "compact@start-end". */
    private static List<String> candidates(String text) {
        IdCandidates candidates = IdCandidates.of(new ScanText(text));
        List<String> out = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            out.add(new String(candidates.chars(), candidates.offset(c), candidates.length(c)) + "@"
                    + candidates.start(c) + "-" + candidates.end(c));
        }
        return out;
    }

    @Test
    void textWithoutDigitsHasNoCandidates() {
        assertThat(candidates("Ein ganz normaler Satz ohne Zahlen, aber mit IT und RSS.")).isEmpty();
    }

    @Test
    void joinsGroupsAcrossSingleSeparatorsAndUpperCases() {
        // "Z" alone holds no digit and is no candidate; "12 345 678" is one, since "z" holds no digit either
        assertThat(candidates("DNI: 12.345.678-z")).containsExactly(
                "12@5-7", "12345678@5-15", "12345678Z@5-17", "345@8-11", "678@12-15");
        // three capitals may be part of an identifier ("RSS MRA …"), so "DNI" joins the run; harmless
        assertThat(candidates("DNI 12345678Z")).containsExactly("DNI12345678Z@0-13", "12345678Z@4-13");
    }

    @Test
    void aSpanOfSeveralGroupsDoesNotContinueIntoDigits() {
        // inside an IBAN only the single groups are candidates, never "3704 0044 053…"
        assertThat(candidates("IBAN DE89 3704 0044 0532 0130 00"))
                .allMatch(candidate -> candidate.indexOf(' ') < 0)
                .containsExactly("DE89@5-9", "3704@10-14", "0044@15-19", "0532@20-24", "0130@25-29", "00@30-32");
    }

    @Test
    void twoSpacesOrOtherPunctuationEndARun() {
        assertThat(candidates("111  222, 333")).containsExactly("111@0-3", "222@5-8", "333@10-13");
    }

    @Test
    void longAndNonAsciiWordsAreNotCandidates() {
        assertThat(candidates("DE89370400440532013000 Straße12")).isEmpty();
    }

    @Test
    void theSameObjectServesEveryDetectorOfAText() {
        ScanText text = new ScanText("BSN 111222333");
        assertThat(IdCandidates.of(text)).isSameAs(IdCandidates.of(text));
    }
}
