package eu.dogana.pii.name;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.ScanText;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CapitalsTest {

    @Test
    void capitalisedWordsBeginUpperOrTitleCaseAndHoldNoDigit() {
        ScanText text = new ScanText("Rossi ROSSI rossi Ñandú ǅemal A4 Ab٣ 4B É 😀A");
        boolean[] expected = {true, true, false, true, true, false, false, false, true, false};
        for (int w = 0; w < text.wordCount(); w++) {
            assertThat(Capitals.isCapitalised(text, w)).as("word %d", w).isEqualTo(expected[w]);
        }
    }

    /** The flag read agrees with the test on the characters that it replaced, on random words of many scripts. */
    @Test
    void agreesWithATestOnTheCharacters() {
        Random random = new Random(11);
        String[] pieces = {"a", "Z", "7", "É", "é", "ǅ", "Ж", "ж", "٣", "😀", "\uD835\uDC00", " ", "-", "Mario", "x9"};
        for (int round = 0; round < 1_000; round++) {
            StringBuilder builder = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                builder.append(pieces[random.nextInt(pieces.length)]);
            }
            ScanText text = new ScanText(builder.toString());
            for (int w = 0; w < text.wordCount(); w++) {
                assertThat(Capitals.isCapitalised(text, w)).as("%s word %d", text.text(), w)
                        .isEqualTo(capitalisedByCharacters(text, w));
            }
        }
    }

    private static boolean capitalisedByCharacters(ScanText text, int word) {
        int start = text.wordStart(word);
        char first = text.charAt(start);
        if (first < 0x80 ? !(first >= 'A' && first <= 'Z')
                : !(Character.isUpperCase(first) || Character.isTitleCase(first))) {
            return false;
        }
        for (int i = start + 1; i < text.wordEnd(word); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
