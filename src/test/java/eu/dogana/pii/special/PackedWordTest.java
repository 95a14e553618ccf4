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
    void bytesAsSpelledArePackedAsTheyAreAByteAtATime() {
        java.util.Random random = new java.util.Random(11);
        byte[] bytes = new byte[40 + PackedWord.READ_AHEAD];
        for (int round = 0; round < 10_000; round++) {
            random.nextBytes(bytes);
            int offset = random.nextInt(40 - PackedWord.MAX_LENGTH);
            int length = 1 + random.nextInt(PackedWord.MAX_LENGTH);
            long low = 0;
            long high = 0;
            for (int i = 0; i < length; i++) {
                long b = bytes[offset + i] & 0xFF;
                if (i < Long.BYTES) {
                    low = (low << 8) | b;
                } else {
                    high = (high << 8) | b;
                }
            }
            assertThat(PackedWord.lowAsSpelled(bytes, offset, length)).isEqualTo(low);
            assertThat(PackedWord.highAsSpelled(bytes, offset, length)).isEqualTo(high);
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
    void lowerCasesEveryLatin1CharAsCharacterDoes() {
        for (char c = 0; c <= 0xFF; c++) {
            assertThat(PackedWord.lowerCase(c)).as("char %d", (int) c).isEqualTo(Character.toLowerCase(c));
        }
    }

    @Test
    void aLatin1WordFromTheTextPacksAsItsLowerCasedChars() {
        long[] key = new long[2];
        for (String word : new String[] {"F\u00dcR", "\u00c9t\u00e9", "ni\u00f1o", "Stra\u00dfe", "\u00c0BCDEFGHIJKLMNO\u00de"}) {
            String text = "x " + word + " y";
            char[] lower = word.toLowerCase(java.util.Locale.ROOT).toCharArray();

            assertThat(PackedWord.ofLatin1(text, 2, 2 + word.length(), key)).as(word).isNotNull();
            assertThat(key[0]).isEqualTo(PackedWord.low(lower, lower.length));
            assertThat(key[1]).isEqualTo(PackedWord.high(lower, lower.length));
            assertThat(PackedWord.fits(lower, lower.length)).isTrue();
        }
        assertThat(PackedWord.ofLatin1("cukrzyc\u0119", 0, 8, key)).isNull();
        assertThat(PackedWord.ofLatin1("\u00e9".repeat(17), 0, 17, key)).isNull();
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
    void fitsOnlyShortLatin1WithoutNul() {
        assertThat(PackedWord.fits("".toCharArray(), 0)).isTrue();
        assertThat(PackedWord.fits("abcdefghijklmnop".toCharArray(), 16)).isTrue();
        assertThat(PackedWord.fits("abcdefghijklmnopq".toCharArray(), 17)).isFalse();
        assertThat(PackedWord.fits("z\u00fcrich".toCharArray(), 6)).isTrue();
        assertThat(PackedWord.fits("cukrzyc\u0119".toCharArray(), 8)).isFalse();
        assertThat(PackedWord.fits("\u03b4\u03b9".toCharArray(), 2)).isFalse();
        assertThat(PackedWord.fits("a\0".toCharArray(), 2)).isFalse();
    }
}
