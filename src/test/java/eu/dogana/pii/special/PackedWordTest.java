package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackedWordTest {

    @Test
    void readingBytesEightAtATimeGivesTheKeyOfTheLowerCasedChars() {
        for (String word : new String[] {"a", "Z", "the", "Diabetes", "ABCDEFGH", "Krankenhaus", "ABCDEFGHIJKLMNOP",
                "x9Y", "@[`{", "Chemotherapy", "0123456789"}) {
            String text = "  " + word + "X";
            byte[] ascii = new byte[text.length() + PackedWord.READ_AHEAD];
            System.arraycopy(text.getBytes(StandardCharsets.US_ASCII), 0, ascii, 0, text.length());
            char[] lower = word.toLowerCase(java.util.Locale.ROOT).toCharArray();

            assertThat(PackedWord.low(ascii, 2, word.length())).as(word).isEqualTo(PackedWord.low(lower, lower.length));
            assertThat(PackedWord.high(ascii, 2, word.length())).as(word)
                    .isEqualTo(PackedWord.high(lower, lower.length));
            assertThat(PackedWord.low(word.toCharArray(), word.length())).isEqualTo(PackedWord.low(lower, lower.length));
        }
    }

    @Test
    void swarLowerCasingChangesOnlyCapitalLetters() {
        for (int c = 1; c < 0x80; c++) {
            long eight = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                eight = (eight << 8) | c;
            }
            long expected = 0;
            char lower = PackedWord.lowerCase((char) c);
            for (int i = 0; i < Long.BYTES; i++) {
                expected = (expected << 8) | lower;
            }
            assertThat(PackedWord.lowerCase(eight)).as("char %d", c).isEqualTo(expected);
        }
    }

    @Test
    void wordsThatDifferInLengthOrOneCharHaveDifferentKeys() {
        Set<String> keys = new HashSet<>();
        for (String word : new String[] {"", "a", "aa", "ab", "ba", "abcdefgh", "abcdefghi", "abcdefgha",
                "abcdefghabcdefgh", "abcdefghabcdefg"}) {
            char[] chars = word.toCharArray();
            assertThat(keys.add(PackedWord.low(chars, chars.length) + "/" + PackedWord.high(chars, chars.length)))
                    .as(word).isTrue();
        }
    }

    @Test
    void unpacksWhatItPacked() {
        for (String word : new String[] {"x", "diabetes", "krankenhausx", "abcdefghijklmnop"}) {
            char[] chars = word.toCharArray();
            char[] out = new char[word.length() + 2];
            PackedWord.unpack(PackedWord.low(chars, chars.length), PackedWord.high(chars, chars.length), chars.length,
                    out, 1);
            assertThat(new String(out, 1, word.length())).isEqualTo(word);
        }
    }

    @Test
    void fitsOnlyShortAsciiWithoutNul() {
        assertThat(PackedWord.fits("".toCharArray(), 0)).isTrue();
        assertThat(PackedWord.fits("abcdefghijklmnop".toCharArray(), 16)).isTrue();
        assertThat(PackedWord.fits("abcdefghijklmnopq".toCharArray(), 17)).isFalse();
        assertThat(PackedWord.fits("zürich".toCharArray(), 6)).isFalse();
        assertThat(PackedWord.fits("a\0".toCharArray(), 2)).isFalse();
    }
}
