package eu.dogana.pii.name;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.Folding;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GazetteerMatcherTest {

    @Test
    void packsAFoldedWordAsTheKeyBufferWouldBePacked() {
        assertThat(GazetteerMatcher.packFolded("Señora", 0, 6)).isEqualTo(packOf("senora"));
        assertThat(GazetteerMatcher.packFolded("xGesprächx", 1, 9)).isEqualTo(packOf("gesprach"));
        assertThat(GazetteerMatcher.packFolded("Straße", 0, 6)).isEqualTo(packOf("strasse"));
        assertThat(GazetteerMatcher.packFolded("Großmaß", 0, 7)).as("nine folded").isZero();
        assertThat(GazetteerMatcher.packFolded("łódź", 0, 4)).as("ł folds to itself, beyond Latin-1").isZero();
        assertThat(GazetteerMatcher.packFolded("Ἀθῆναι", 0, 6)).as("outside the Latin table").isZero();
    }

    /** Random words of Latin letters, a few others and "ß": the same as folding into a buffer, then packing. */
    @Test
    void packsRandomWordsAsFoldingThenPacking() {
        Random random = new Random(11);
        char[] buffer = new char[32];
        for (int n = 0; n < 200_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int length = 1 + random.nextInt(10); word.length() < length; ) {
                int pick = random.nextInt(20);
                word.append(pick == 0 ? 'ß' : pick == 1 ? (char) (0x250 + random.nextInt(0x100))
                        : pick < 8 ? (char) ('a' + random.nextInt(26)) : (char) (0xC0 + random.nextInt(0x250 - 0xC0)));
            }
            String text = word.toString();
            int folded = Folding.foldInto(text, 0, text.length(), buffer, 0);
            long expected = folded < 0 ? 0 : ShortKeyTable.pack(buffer, folded);
            assertThat(GazetteerMatcher.packFolded(text, 0, text.length())).as(text).isEqualTo(expected);
        }
    }

    private static long packOf(String folded) {
        return ShortKeyTable.pack(folded.toCharArray(), folded.length());
    }
}
