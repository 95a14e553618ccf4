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
        // "Z" alone holds no digit and is no candidate; "12 345 678" is one, since "z" holds no digit either; the
        // single groups are shorter than any identifier
        assertThat(candidates("DNI: 12.345.678-z")).containsExactly("12345678@5-15", "12345678Z@5-17");
        // three capitals may be part of an identifier ("RSS MRA …"), so "DNI" joins the run; harmless
        assertThat(candidates("DNI 12345678Z")).containsExactly("DNI12345678Z@0-13", "12345678Z@4-13");
    }

    @Test
    void aSpanOfSeveralGroupsDoesNotContinueIntoDigits() {
        // inside an IBAN only the single groups are candidates, never "3704 0044 053…"
        assertThat(candidates("IBAN DE89 3704 0044 0532 0130 00")).isEmpty();
        assertThat(candidates("1112223 4445556 7778889")).containsExactly(
                "1112223@0-7", "4445556@8-15", "7778889@16-23");
        // at the run's ends a span of two groups has no neighbour with a digit on its open side, but one on the other
        assertThat(candidates("1112223 44 X")).containsExactly("1112223@0-7", "111222344@0-10", "111222344X@0-12");
    }

    @Test
    void twoSpacesOrOtherPunctuationEndARun() {
        assertThat(candidates("1112223  4445556, 7778889")).containsExactly(
                "1112223@0-7", "4445556@9-16", "7778889@18-25");
    }

    @Test
    void spansShorterThanAnyIdentifierAreNotCandidates() {
        assertThat(candidates("Haus 5, 201,50 EUR, Tel. 030 123, seit 2024")).isEmpty();
        assertThat(candidates("123456 1234567")).containsExactly("1234561234567@0-14", "1234567@7-14");
        assertThat(candidates("A12345 B1 C")).containsExactly("A12345B1@0-9", "A12345B1C@0-11");
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
