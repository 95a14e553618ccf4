package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spellings are told apart by every char, not only by the low bytes their keys are read from. */
class SpelledWordsTest {

    /** Letters whose low bytes collide: 'ą' (U+0105) and U+0005, 'Ā' (U+0100) and 0, 'ł' (U+0142) and 'B'. */
    private static final String ALPHABET = "aAbB\u00e4\u00c4\u0105\u0005\u0100\u0000\u0142\u00e9\u00c9\u0430";

    private final SpelledWords spelled = new SpelledWords();

    @Test
    void findsWhatWasAddedAndNothingElseAgainstAMap() {
        Random random = new Random(7);
        Map<String, Integer> reference = new HashMap<>();
        for (int round = 0; round < 20_000; round++) {
            String word = randomWord(random);
            String text = "xy " + word + " z";
            int start = 3;
            int end = start + word.length();
            int entry = spelled.entryOf(lowBytes(text), text, start, end);
            assertThat(entry).as(word).isEqualTo(reference.getOrDefault(word, -1));
            if (entry < 0) {
                reference.put(word, reference.size());
                spelled.add(lowBytes(text), text, start, end, reference.get(word));
            }
        }
        assertThat(reference.size()).isGreaterThan(1000);
    }

    @Test
    void isFullPastTheBoundAndForgetsWhenCleared() {
        for (int i = 0; i <= SpelledWords.MAX_SPELLINGS; i++) {
            assertThat(spelled.isFull()).isFalse();
            String word = "\u00e9" + i;
            spelled.add(lowBytes(word), word, 0, word.length(), i);
        }
        assertThat(spelled.isFull()).isTrue();
        assertThat(spelled.entryOf(lowBytes("\u00e97"), "\u00e97", 0, 2)).isEqualTo(7);

        spelled.clear();

        assertThat(spelled.isFull()).isFalse();
        assertThat(spelled.entryOf(lowBytes("\u00e97"), "\u00e97", 0, 2)).isEqualTo(-1);
    }

    private static String randomWord(Random random) {
        char[] word = new char[1 + random.nextInt(PackedWord.MAX_LENGTH)];
        for (int i = 0; i < word.length; i++) {
            word[i] = ALPHABET.charAt(random.nextInt(random.nextBoolean() ? 2 : ALPHABET.length()));
        }
        return new String(word);
    }

    /** The low byte of each char, as {@link KeyedWords} copies them, with room to read ahead. */
    private static byte[] lowBytes(String text) {
        byte[] bytes = new byte[text.length() + PackedWord.READ_AHEAD];
        for (int i = 0; i < text.length(); i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }
}
