package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseInsensitiveWordTableTest {

    @Test
    void findsAsciiRegionsOfATextIgnoringCase() {
        CaseInsensitiveWordTable table = new CaseInsensitiveWordTable(Set.of("iban", "geburtsdatum", "dob", "x1"));
        String text = "IBAN Iban iban ibans iba GEBURTSDATUM dob X1 x2";
        List<Boolean> found = new ArrayList<>();
        ScanText words = new ScanText(text);
        for (int w = 0; w < words.wordCount(); w++) {
            found.add(table.containsAscii(text, words.wordStart(w), words.wordEnd(w)));
        }
        assertThat(found).containsExactly(true, true, true, false, false, true, true, true, false);
    }

    @Test
    void findsFoldedBuffersIgnoringCase() {
        CaseInsensitiveWordTable table = new CaseInsensitiveWordTable(Set.of("né", "łódź", "strasse"));
        assertThat(table.contains("xxnéyy".toCharArray(), 2, 4)).isTrue();
        assertThat(table.contains("NÉ".toCharArray(), 0, 2)).isTrue();
        assertThat(table.contains("ŁÓDŹ".toCharArray(), 0, 4)).isTrue();
        assertThat(table.contains("ne".toCharArray(), 0, 2)).isFalse();
        assertThat(table.contains("strass".toCharArray(), 0, 6)).isFalse();
    }

    /** The test of length, first and last character before hashing: words that share them and words that do not. */
    @Test
    void turnsAwayByLengthAndEndsOnlyWordsThatCannotMatch() {
        CaseInsensitiveWordTable table = new CaseInsensitiveWordTable(Set.of("in", "nach", "a", "z9", "łódź", "ab"));
        for (String word : new String[] {"IN", "Nach", "A", "Z9", "AB"}) {
            assertThat(table.containsAscii(word, 0, word.length())).as(word).isTrue();
        }
        for (String word : new String[] {"an", "ib", "nacht", "noch", "b", "z8", "zz", "abc"}) {
            assertThat(table.containsAscii(word, 0, word.length())).as(word).isFalse();
        }
        assertThat(table.contains("ŁÓDŹ".toCharArray(), 0, 4)).isTrue();
        assertThat(table.contains("łódz".toCharArray(), 0, 4)).isFalse();
        assertThat(table.contains("lódź".toCharArray(), 0, 4)).isFalse();
    }

    @Test
    void anEmptyTableHoldsNothing() {
        CaseInsensitiveWordTable table = new CaseInsensitiveWordTable(Set.of());
        assertThat(table.containsAscii("abc", 0, 3)).isFalse();
        assertThat(table.contains("abc".toCharArray(), 0, 3)).isFalse();
    }

    /**
     * Random ASCII words of one to twelve letters and digits, so that both the packed table (up to eight) and the
     * string table are used, against a set of the lower-cased words; stored words also hold non-ASCII and punctuated
     * ones, which no ASCII word of the text can be.
     */
    @Test
    void findsAsciiWordsAsASetOfLowerCaseWordsDoes() {
        Random random = new Random(5);
        List<String> words = new ArrayList<>(List.of("né", "e-mail", "ab"));
        for (int i = 0; i < 300; i++) {
            words.add(randomWord(random, "abcdefghij0123456789ABC").toLowerCase(Locale.ROOT));
        }
        CaseInsensitiveWordTable table = new CaseInsensitiveWordTable(words);
        Set<String> reference = new HashSet<>(words);
        for (int n = 0; n < 100_000; n++) {
            String word = randomWord(random, "abcdefghij0123456789ABCDEFGHIJ");
            String lower = word.toLowerCase(Locale.ROOT);
            String text = "x " + word + " y";
            assertThat(table.findAscii(text, 2, 2 + word.length())).as(word)
                    .isEqualTo(reference.contains(lower) ? lower : null);
        }
        for (String word : words) {
            if (word.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
                String upper = word.toUpperCase(Locale.ROOT);
                assertThat(table.findAscii(upper, 0, upper.length())).as(upper).isEqualTo(word);
            }
        }
    }

    /** Mostly short words over a small alphabet, so that many of them are also among the stored ones. */
    private static String randomWord(Random random, String alphabet) {
        int length = 1 + (random.nextInt(4) == 0 ? random.nextInt(12) : random.nextInt(3));
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    /** Many words, so that probes run through collisions: every word is found, and none of a disjoint set is. */
    @Test
    void findsEveryWordOfALargeTableAndNoOther() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add("w" + Integer.toString(i, 36));
        }
        CaseInsensitiveWordTable table = new CaseInsensitiveWordTable(words);
        for (String word : words) {
            String upper = word.toUpperCase();
            assertThat(table.containsAscii(upper, 0, upper.length())).as(word).isTrue();
            assertThat(table.contains(word.toCharArray(), 0, word.length())).as(word).isTrue();
            String other = "v" + word.substring(1);
            assertThat(table.containsAscii(other, 0, other.length())).as(other).isFalse();
        }
    }
}
