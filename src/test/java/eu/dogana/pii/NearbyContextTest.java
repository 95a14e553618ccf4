package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearbyContextTest {

    private static final ContextWords WORDS = ContextWords.of("iban", "konto", "überweisung", "счёт");

    /** For every word of the text as a candidate's start, and every end after it, the same answers as ScanText. */
    private static void assertSameAsScanText(String text, int window) {
        ScanText scan = new ScanText(text);
        for (int w = 0; w < scan.wordCount(); w++) {
            int start = scan.wordStart(w);
            for (int end = scan.wordEnd(w); end <= text.length(); end++) {
                assertThat(NearbyContext.around(scan, w, end, WORDS, window))
                        .as("word %d, end %d", w, end).isEqualTo(scan.hasContext(start, end, WORDS, window));
                assertThat(NearbyContext.after(scan, w, end, WORDS, window))
                        .as("after: word %d, end %d", w, end).isEqualTo(scan.hasContextAfter(end, WORDS, window));
            }
            assertThat(NearbyContext.before(scan, w, WORDS, window)).isEqualTo(scan.hasContextBefore(start, WORDS, window));
        }
    }

    @Test
    void answersAsScanTextDoesAroundEveryWord() {
        assertSameAsScanText("IBAN: DE89 3704 0044 0532 0130 00 (Konto), bitte", 4);
        assertSameAsScanText("Überweisung auf DE89370400440532013000.", 1);
        assertSameAsScanText("счёт 40817810099910004312 😀 и IBAN", 2);
    }

    @Test
    void wordsAtTheTextsEdgesAndEmptyWindows() {
        assertSameAsScanText("1234", 4);
        assertSameAsScanText("iban 1", 0);
        assertSameAsScanText("1 iban", 3);
        assertSameAsScanText(" ", 3);
    }
}
