package eu.dogana.pii.special;

import eu.dogana.pii.ScanText;
import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of one text as the lexicons see them, each with its token number per language ({@link
 * PhraseMatcher#tokenNumber}) and the languages it is a clue word of ({@link LanguageGuess#clueBits}), both taken
 * from a {@link WordMemory} of the distinct words of recent texts.
 *
 * <p>Why remember: reducing a word to its lexicon key is a copy, a lower-casing, a stemmer and a folding pass per
 * language, while the words of prompts follow Zipf's law: most are among a few thousand common ones. Remembered, a
 * word costs one table probe for all languages together (for a short ASCII word, read from the text eight bytes at a
 * time, a comparison of two {@code long}s: {@link PackedWord}; for another short word, the same by its spelling,
 * {@link SpelledWords}), and a language's number is worked out only the first time a text in that language holds the
 * word. The matcher skips a word known to be no token in its language from one bit kept per word
 * ({@link #mayBeToken}), without reading the word's entry.
 *
 * <p>The words are {@link ScanText}'s, which are also {@link WordTokenizer}'s, except that a character outside the
 * Basic Multilingual Plane that is no letter (an emoji) ends a word here as it does in the tokenizer.
 *
 * <p>Not thread-safe: one scan at a time; {@link SpecialCategoryDetector} pools them. Loading a text replaces the
 * previous one.
 */
final class KeyedWords {

    private static final int LANGUAGES = LexiconLanguage.values().length;
    private static final int ALL_LANGUAGES = (1 << LANGUAGES) - 1;
    private static final int KEPT_TEXT_BYTES = 1 << 16;

    private final PhraseMatcher[] matchers;
    private final WordMemory memory;
    private final SpelledWords spelledWords = new SpelledWords();
    private final WordReduction[] reductions = new WordReduction[LANGUAGES];
    private char[] lowerCased = new char[32];
    private final long[] latin1Key = new long[2];
    /**
     * The low byte of each char of the text being loaded, which is the char itself in an ASCII word: read eight at
     * a time ({@link PackedWord#low(byte[], int, int)}). Kept for the next text up to {@value #KEPT_TEXT_BYTES}
     * bytes; a huge text gets a copy of its own, dropped when the next text is loaded.
     */
    private byte[] textBytes = new byte[4096 + PackedWord.READ_AHEAD];
    /** The low bytes of the loaded text: {@link #textBytes}, or a one-off copy of a huge text. */
    private byte[] loadedBytes = textBytes;

    private int count;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] entries = new int[256];
    /** Per word, its entry's {@link WordMemory#languageBits} when the text was loaded. */
    private int[] languageBits = new int[256];

    /**
     * @param matchers the compiled lexicon of every language, by ordinal
     * @param languageGuess tells the languages each word is a clue word of
     */
    KeyedWords(PhraseMatcher[] matchers, LanguageGuess languageGuess) {
        this.matchers = matchers.clone();
        this.memory = new WordMemory(languageGuess);
    }

    /** Takes the words of {@code text}, forgetting the previous text's. */
    void load(ScanText text) {
        count = 0;
        if (memory.forgetIfFull() || spelledWords.isFull()) {
            spelledWords.clear(); // it holds the memory's entries
        }
        String chars = text.text();
        byte[] ascii = asciiOf(chars);
        loadedBytes = ascii;
        int n = text.wordCount();
        ensureCapacity(n);
        for (int w = 0; w < n; w++) {
            int start = text.wordStart(w);
            int end = text.wordEnd(w);
            if ((text.wordFlags(w) & ScanText.ALL_ASCII) != 0 && end - start <= PackedWord.MAX_LENGTH) {
                addPacked(ascii, start, end);
            } else {
                addOther(ascii, chars, start, end);
            }
        }
    }

    /**
     * Whether the text's char at {@code index} may be a line break: false when surely not, read from the copy of
     * the text's low bytes made for the words, cheaper than the String's char.
     */
    boolean mayBeLineBreak(int index) {
        return loadedBytes[index] == '\n';
    }

    int count() {
        return count;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }

    /** The languages (ordinal bits) the word is a clue word of ({@link LanguageGuess#clueBits}). */
    int clueBits(int word) {
        return languageBits[word] & ((1 << WordMemory.MAYBE_TOKEN_SHIFT) - 1);
    }

    /**
     * False when the word is known to be no token in the language of that ordinal: its number need not be asked.
     * Known from the memory as it was when the text was loaded; a number worked out since is asked again.
     */
    boolean mayBeToken(int word, int language) {
        return (languageBits[word] & (1 << (WordMemory.MAYBE_TOKEN_SHIFT + language))) != 0;
    }

    /**
     * The languages (ordinal bits) of which the word is not known to be no token, {@link #mayBeToken} for all at
     * once.
     */
    int mayBeTokenIn(int word) {
        return (languageBits[word] >>> WordMemory.MAYBE_TOKEN_SHIFT) & ALL_LANGUAGES;
    }

    /**
     * The languages (ordinal bits) in which the word is not known to begin no phrase: a word outside them matters to
     * the matcher only when it may continue a phrase begun before it.
     */
    int mayBeFirstIn(int word) {
        return (languageBits[word] >>> WordMemory.MAYBE_FIRST_SHIFT) & ALL_LANGUAGES;
    }

    /** The word's token number in {@code matcher}'s language, or {@link PhraseMatcher#NO_TOKEN}. */
    int tokenNumber(int word, PhraseMatcher matcher) {
        int entry = entries[word];
        int language = matcher.language().ordinal();
        int number = memory.number(entry, language);
        if (number == WordMemory.UNKNOWN) {
            WordReduction reduction = reductions[language];
            if (reduction == null) {
                reduction = reductions[language] = new WordReduction(matcher.language());
            }
            CharTermAttribute key = memory.reduce(entry, reduction);
            number = matchers[language].tokenNumber(key.buffer(), key.length());
            memory.setNumber(entry, language, number, matchers[language].beginsPhrase(number));
        }
        return number;
    }

    /**
     * The common case, a short ASCII word: packed straight from the text's bytes ({@link PackedWord}), eight
     * characters at a time, no copy, no hash of characters. ScanText's words hold no character 0, so any ASCII word
     * of theirs fits.
     */
    private void addPacked(byte[] ascii, int start, int end) {
        int length = end - start;
        long entry = memory.packedEntryOf(PackedWord.low(ascii, start, length), PackedWord.high(ascii, start, length),
                length);
        if (count == starts.length) {
            grow(count * 2); // words split at symbols took the room made for the text's words
        }
        int word = count++;
        starts[word] = start;
        ends[word] = end;
        entries[word] = WordMemory.entry(entry);
        languageBits[word] = WordMemory.languageBits(entry);
    }

    /**
     * A word that is not short ASCII: a short one as spelled before is found by its spelling ({@link SpelledWords});
     * else Latin-1 is packed too, and others are lower-cased, maybe split at symbols.
     */
    private void addOther(byte[] lowBytes, String chars, int start, int end) {
        if (end - start > PackedWord.MAX_LENGTH) {
            addSplitAtSymbols(chars, start, end);
            return;
        }
        int spelled = spelledWords.entryOf(lowBytes, chars, start, end);
        if (spelled >= 0) {
            append(start, end, spelled);
            return;
        }
        int word = count;
        long[] key = PackedWord.ofLatin1(chars, start, end, latin1Key);
        if (key != null) {
            append(start, end, WordMemory.entry(memory.packedEntryOf(key[0], key[1], end - start)));
        } else {
            addSplitAtSymbols(chars, start, end);
        }
        if (count == word + 1 && starts[word] == start && ends[word] == end) { // not split at a symbol
            spelledWords.add(lowBytes, chars, start, end, entries[word]);
        }
    }

    /** A word with other characters: split where a supplementary symbol sits, as the tokenizer does. */
    private void addSplitAtSymbols(String chars, int start, int end) {
        int from = start;
        int i = start;
        while (i < end) {
            int c = chars.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c > Character.MAX_VALUE && !WordTokenizer.isWordCodePoint(c)) {
                addLowerCased(chars, from, i);
                from = next;
            }
            i = next;
        }
        addLowerCased(chars, from, end);
    }

    private void addLowerCased(String chars, int start, int end) {
        if (start >= end) {
            return;
        }
        char[] lower = lowerCaseBuffer(end - start);
        chars.getChars(start, end, lower, 0);
        CharacterUtils.toLowerCase(lower, 0, end - start);
        add(start, end);
    }

    /** Appends the word {@code [start, end)} whose lower case is in {@link #lowerCased}. */
    private void add(int start, int end) {
        append(start, end, memory.entryOf(lowerCased, end - start));
    }

    private void append(int start, int end, int entry) {
        if (count == starts.length) {
            // a word split at a symbol: more words than the text's
            grow(count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        entries[count] = entry;
        languageBits[count] = memory.languageBits(entry);
        count++;
    }

    /** Makes room for {@code words} words, growing once rather than while appending. */
    private void ensureCapacity(int words) {
        if (starts.length < words) {
            grow(Math.max(words, starts.length * 2));
        }
    }

    private void grow(int capacity) {
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        entries = Arrays.copyOf(entries, capacity);
        languageBits = Arrays.copyOf(languageBits, capacity);
    }

    /**
     * The low byte of each char of {@code chars}, with {@link PackedWord#READ_AHEAD} bytes to spare. The JDK copies
     * a Latin-1 string's bytes as they are, without a loop of ours over every char.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) drops each char's high byte: wanted here
    private byte[] asciiOf(String chars) {
        int length = chars.length() + PackedWord.READ_AHEAD;
        byte[] ascii = textBytes;
        if (length > KEPT_TEXT_BYTES) {
            ascii = new byte[length];
        } else if (ascii.length < length) {
            ascii = textBytes = new byte[Math.min(KEPT_TEXT_BYTES, Math.max(length, ascii.length * 2))];
        }
        chars.getBytes(0, chars.length(), ascii, 0);
        return ascii;
    }

    private char[] lowerCaseBuffer(int length) {
        if (lowerCased.length < length) {
            lowerCased = new char[Math.max(length, lowerCased.length * 2)];
        }
        return lowerCased;
    }
}
