package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Context words around a candidate, asked by offsets ({@link ScanText#hasContext}) or from the candidate's first word
 * ({@link ScanText#hasContextAroundWord}), and {@link ScanText#wordAfter}, which searches from its last answer: all
 * agree with their definitions, a walk over every word, whatever order they are asked in.
 */
class ScanTextContextTest {

    private static final ContextWords WORDS = ContextWords.of("iban", "konto", "überweisung", "счёт", "x");

    /** The first word that ends after {@code offset}, by a walk over every word. */
    private static int wordAfterByWalk(ScanText scan, int offset) {
        int w = 0;
        while (w < scan.wordCount() && scan.wordEnd(w) <= offset) {
            w++;
        }
        return w;
    }

    /** Whether a context word is among the {@code window} words that end at or before {@code start}. */
    private static boolean beforeByWalk(ScanText scan, int start, int window) {
        int seen = 0;
        for (int w = scan.wordCount() - 1; w >= 0 && seen < window; w--) {
            if (scan.wordEnd(w) <= start) {
                if (WORDS.contains(scan.foldedWord(w))) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /** Whether a context word is among the {@code window} words that start at or after {@code end}. */
    private static boolean afterByWalk(ScanText scan, int end, int window) {
        int seen = 0;
        for (int w = 0; w < scan.wordCount() && seen < window; w++) {
            if (scan.wordStart(w) >= end) {
                if (WORDS.contains(scan.foldedWord(w))) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /** Every candidate from every offset to every end after it, by offsets and from its first word. */
    private static void assertAgreesWithWalks(String text, int window) {
        ScanText scan = new ScanText(text);
        for (int start = 0; start <= text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                boolean before = beforeByWalk(scan, start, window);
                boolean after = afterByWalk(scan, end, window);
                String at = "[" + start + ", " + end + ") window " + window + " of \"" + text + "\"";
                assertThat(scan.hasContextBefore(start, WORDS, window)).as("before " + at).isEqualTo(before);
                assertThat(scan.hasContextAfter(end, WORDS, window)).as("after " + at).isEqualTo(after);
                assertThat(scan.hasContext(start, end, WORDS, window)).as("around " + at).isEqualTo(before || after);
                int first = wordAfterByWalk(scan, start);
                if (first < scan.wordCount() && scan.wordStart(first) <= start) { // start is inside word first
                    assertThat(scan.hasContextAroundWord(first, end, WORDS, window)).as("around word " + at)
                            .isEqualTo(before || after);
                    assertThat(scan.hasContextBeforeWord(first, WORDS, window)).as("before word " + at)
                            .isEqualTo(before);
                    assertThat(scan.hasContextAfterWord(first, end, WORDS, window)).as("after word " + at)
                            .isEqualTo(after);
                }
            }
        }
    }

    @Test
    void answersAsAWalkOverEveryWordDoes() {
        for (int window : new int[] {0, 1, 2, 4}) {
            assertAgreesWithWalks("IBAN: DE89 3704 0044 0532 0130 00 (Konto), bitte", window);
            assertAgreesWithWalks("Überweisung auf DE89370400440532013000.", window);
            assertAgreesWithWalks("счёт 40817810099910004312 😀 и IBAN", window);
            assertAgreesWithWalks("x 1 x 2 x", window);
        }
    }

    @Test
    void wordsAtTheTextsEdgesEmptyTextsAndWideWindows() {
        for (int window : new int[] {0, 3, Integer.MAX_VALUE}) {
            assertAgreesWithWalks("1234", window);
            assertAgreesWithWalks("iban 1", window);
            assertAgreesWithWalks("1 iban", window);
            assertAgreesWithWalks(" ", window);
            assertAgreesWithWalks("", window);
        }
    }

    /** Offsets asked forward, backward and at random, on a text long enough for the binary search to be taken. */
    @Test
    void wordAfterAgreesWithAWalkInAnyOrder() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            text.append("ab€😀9".repeat(random.nextInt(3))).append(random.nextBoolean() ? " " : ", ");
        }
        ScanText scan = new ScanText(text.toString());
        int length = text.length();
        for (int offset = -2; offset <= length + 1; offset++) {
            assertThat(scan.wordAfter(offset)).as("forward %d", offset).isEqualTo(wordAfterByWalk(scan, offset));
        }
        for (int offset = length + 1; offset >= -2; offset--) {
            assertThat(scan.wordAfter(offset)).as("backward %d", offset).isEqualTo(wordAfterByWalk(scan, offset));
        }
        for (int i = 0; i < 5000; i++) {
            int offset = random.nextInt(length + 4) - 2;
            if (random.nextInt(4) == 0) {
                offset = Math.min(length + 1, offset + random.nextInt(200)); // a jump past the finger's steps
            }
            assertThat(scan.wordAfter(offset)).as("random %d", offset).isEqualTo(wordAfterByWalk(scan, offset));
        }
    }
}
