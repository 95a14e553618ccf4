package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordMemoryTest {

    private final LanguageGuess guess = new LanguageGuess();
    private final WordMemory memory = new WordMemory(guess);

    @Test
    void aWordHasOneEntryWithItsClueLanguagesAndNoNumberUntilSet() {
        int the = entry("the");
        int und = entry("und");

        assertThat(entry("the")).isEqualTo(the);
        assertThat(und).isNotEqualTo(the);
        assertThat(memory.clueBits(the)).isEqualTo(1 << LexiconLanguage.EN.ordinal());
        assertThat(memory.clueBits(entry("diabetes"))).isZero();
        assertThat(memory.number(the, LexiconLanguage.DE.ordinal())).isEqualTo(WordMemory.UNKNOWN);

        memory.setNumber(the, LexiconLanguage.DE.ordinal(), 7, true);

        assertThat(memory.number(the, LexiconLanguage.DE.ordinal())).isEqualTo(7);
        assertThat(memory.number(the, LexiconLanguage.EN.ordinal())).isEqualTo(WordMemory.UNKNOWN);
        assertThat(memory.number(und, LexiconLanguage.DE.ordinal())).isEqualTo(WordMemory.UNKNOWN);
    }

    @Test
    void wordsThatDifferInOneCharacterOrInLengthAreDifferent() {
        assertThat(entry("ab")).isNotEqualTo(entry("ba")).isNotEqualTo(entry("abc"));
        assertThat(entry("")).isEqualTo(entry(""));
    }

    /** One text may hold more distinct words than the bound: they all stay, and the next text starts afresh. */
    @Test
    void growsPastTheBoundWithinATextAndForgetsBeforeTheNext() {
        List<Integer> entries = new ArrayList<>();
        int words = 3 * WordMemory.MAX_WORDS;
        for (int i = 0; i < words; i++) {
            int entry = entry("w" + i);
            memory.setNumber(entry, 0, i, true);
            entries.add(entry);
        }
        for (int i = 0; i < words; i++) {
            assertThat(entry("w" + i)).isEqualTo(entries.get(i));
            assertThat(memory.number(entries.get(i), 0)).isEqualTo(i);
        }

        memory.forgetIfFull();

        int again = entry("w5");
        assertThat(again).isZero();
        assertThat(memory.number(again, 0)).isEqualTo(WordMemory.UNKNOWN);
    }

    @Test
    void keepsWhatItHoldsWhileWithinTheBound() {
        int entry = entry("krebs");
        memory.setNumber(entry, 1, 3, false);

        memory.forgetIfFull();

        assertThat(entry("krebs")).isEqualTo(entry);
        assertThat(memory.number(entry, 1)).isEqualTo(3);
    }

    @Test
    void aWordKnownToBeNoTokenInALanguageSaysSo() {
        int entry = entry("table");
        int de = LexiconLanguage.DE.ordinal();
        int en = LexiconLanguage.EN.ordinal();
        int all = (1 << LexiconLanguage.values().length) - 1;
        assertThat((memory.languageBits(entry) >>> WordMemory.MAYBE_TOKEN_SHIFT) & all).isEqualTo(all);
        assertThat((memory.languageBits(entry) >>> WordMemory.MAYBE_FIRST_SHIFT) & all).isEqualTo(all);

        memory.setNumber(entry, de, PhraseMatcher.NO_TOKEN, false);
        memory.setNumber(entry, en, 4, false);

        int maybe = (memory.languageBits(entry) >>> WordMemory.MAYBE_TOKEN_SHIFT) & all;
        int maybeFirst = (memory.languageBits(entry) >>> WordMemory.MAYBE_FIRST_SHIFT) & all;
        assertThat(maybe & (1 << de)).isZero();
        assertThat(maybe & (1 << en)).isNotZero();
        assertThat(maybeFirst & (1 << de)).isZero();
        assertThat(maybeFirst & (1 << en)).isZero();
        assertThat(maybeFirst & (1 << LexiconLanguage.IT.ordinal())).isNotZero();
        assertThat(memory.clueBits(entry)).isZero();
    }

    /** A short ASCII word has one entry whether it comes packed from the text or as lower-cased chars. */
    @Test
    void aPackedWordAndItsCharsShareAnEntryAndItsCharsAreRemembered() {
        char[] diabetes = "diabetes".toCharArray();
        int packed = WordMemory.entry(memory.packedEntryOf(PackedWord.low(diabetes, 8), PackedWord.high(diabetes, 8), 8));

        assertThat(entry("diabetes")).isEqualTo(packed);
        assertThat(memory.clueBits(WordMemory.entry(memory.packedEntryOf(PackedWord.low("und".toCharArray(), 3), 0, 3))))
                .isEqualTo(1 << LexiconLanguage.DE.ordinal());
        WordReduction english = new WordReduction(LexiconLanguage.EN);
        assertThat(memory.reduce(packed, english).toString()).isEqualTo("diabete");
    }

    /** The slot's copy of the language bits follows every change of them, through the table's growth too. */
    @Test
    void aPackedEntryCarriesTheEntrysLanguageBitsAsTheyAreNow() {
        java.util.Random random = new java.util.Random(3);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            String word = Integer.toString(random.nextInt(100_000), Character.MAX_RADIX);
            words.add(random.nextBoolean() ? word : "und");
            long packed = packed(words.get(random.nextInt(words.size())));
            int entry = WordMemory.entry(packed);
            assertThat(WordMemory.languageBits(packed)).isEqualTo(memory.languageBits(entry));
            int language = random.nextInt(LexiconLanguage.values().length);
            boolean noToken = random.nextBoolean();
            memory.setNumber(entry, language, noToken ? PhraseMatcher.NO_TOKEN : 1, !noToken && random.nextBoolean());
        }
        for (String word : words) {
            long packed = packed(word);
            assertThat(WordMemory.languageBits(packed)).as(word)
                    .isEqualTo(memory.languageBits(WordMemory.entry(packed)));
        }
    }

    private long packed(String word) {
        char[] chars = word.toCharArray();
        return memory.packedEntryOf(PackedWord.low(chars, chars.length), PackedWord.high(chars, chars.length),
                chars.length);
    }

    @Test
    void longAndNonLatinWordsHaveEntriesOfTheirOwn() {
        int zurich = entry("z\u00fcrich");
        int longWord = entry("elektroenzephalographie");
        int greek = entry("\u03b4\u03b9\u03b1\u03b2\u03ae\u03c4\u03b7\u03c2");
        int emoji = entry("a\uD83D\uDE00b");

        assertThat(entry("z\u00fcrich")).isEqualTo(zurich);
        assertThat(entry("elektroenzephalographie")).isEqualTo(longWord);
        assertThat(entry("\u03b4\u03b9\u03b1\u03b2\u03ae\u03c4\u03b7\u03c2")).isEqualTo(greek);
        assertThat(entry("a\uD83D\uDE00b")).isEqualTo(emoji);
        assertThat(Set.of(zurich, longWord, greek, emoji, entry("zurich"))).hasSize(5);
    }

    /** Both tables grow past their first size and keep every word. */
    @Test
    void manyDistinctPackedAndUnpackedWordsKeepTheirEntries() {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            entries.add(entry(i % 2 == 0 ? "p" + i : "\u00fc" + i));
        }
        for (int i = 0; i < 20_000; i++) {
            assertThat(entry(i % 2 == 0 ? "p" + i : "\u00fc" + i)).isEqualTo(entries.get(i));
        }
    }

    private int entry(String word) {
        return memory.entryOf(word.toCharArray(), word.length());
    }
}
