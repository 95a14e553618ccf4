package eu.dogana.pii;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A text being scanned, with the word segmentation that detectors share: found once, when the text is made, instead
 * of once per detector. A word is a maximal run of letters and digits (so "Steuer-ID" is two words, and
 * "DE89370400440532013000" one). Folded forms ({@link Folding#fold}) are made only for the words a detector
 * asks about, which on most text is a handful around a candidate.
 *
 * <p>Segmentation also records what each word is made of and how it begins ({@link #wordFlags}), so that detectors
 * looking for identifiers can visit the few words with digits or hex digits, and those looking for names and places
 * the capitalised ones, instead of every character of the text: on prose that is one word in ten or fewer for
 * digits, one in six for capitals, and a scan stays proportional to the candidates rather than to the detectors
 * times the text. The flags cost the segmentation nothing more than a table look-up per character, which it makes
 * anyway to tell word characters from the rest.
 *
 * <p>Not thread-safe: one instance per scan.
 */
public final class ScanText {

    /** The word holds at least one ASCII digit. */
    public static final int HAS_DIGIT = 1;
    /** Every character of the word is an ASCII hex digit (0-9, a-f, A-F). */
    public static final int ALL_HEX = 1 << 1;
    /** Every character of the word is an ASCII digit. */
    public static final int ALL_DIGITS = 1 << 2;
    /** Every character of the word is an ASCII letter or digit. */
    public static final int ALL_ASCII = 1 << 3;
    /**
     * The word begins with an upper-case or title-case letter ({@link Character#isUpperCase(char)},
     * {@link Character#isTitleCase(char)}) and holds no digit of any script: "Rossi", "ROSSI", "Ñandú", not "A4".
     */
    public static final int CAPITALISED = 1 << 4;
    /** The word's first character is upper case ({@link Character#isUpperCase(char)}): "Rossi", "SW1A", "Ñandú". */
    public static final int STARTS_UPPER_CASE = 1 << 5;
    /** The word's first character is an ASCII digit. */
    public static final int STARTS_DIGIT = 1 << 6;

    /** Word characters of the Basic Multilingual Plane as a bit set: the test on every character of every text. */
    private static final long[] WORD_CHARS = wordCharTable();
    /** Steps a search walks forward from its finger before it falls back to a binary search. */
    private static final int FINGER_STEPS = 8;
    /** Eight flag bytes read as one long, for counting a flag eight words at a time ({@link #countFlag}). */
    private static final VarHandle EIGHT_BYTES =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    // bits of {@link #CLASSES} beside the four flags that every character of a word must have (or one must, HAS_DIGIT)
    /** An upper-case or title-case letter. */
    private static final int UPPER_OR_TITLE_CASE = 1 << 4;
    /** An upper-case letter: in the same place as {@link #STARTS_UPPER_CASE}, which it becomes on a word's first. */
    private static final int UPPER_CASE = STARTS_UPPER_CASE;
    /** A word character. */
    private static final int WORD = 1 << 6;
    /**
     * A digit outside ASCII. The byte's sign bit: read as an int the class is negative, which no test of it minds
     * (only the low bits are kept, and a word character is any class but 0).
     */
    private static final int OTHER_DIGIT = 1 << 7;
    private static final int ALL_OF_FLAGS = ALL_HEX | ALL_DIGITS | ALL_ASCII;
    /** Per character, whether it is a word character and what it adds to a word's flags: see {@link #classes()}. */
    private static final byte[] CLASSES = classes();

    private final String text;
    /** Where a word is folded for a comparison in place. */
    private char[] scratch = new char[32];
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    // per flag bit, the words that have it: length in [0], word numbers from [1]; made on first use
    private final int[][] wordsByFlag = new int[7][];
    private int count;
    // where the last searches ended ("fingers"): detectors search forward from there, so most searches take a step
    private int flagFingerBit = -1;
    private int flagFingerWord;
    private int flagFingerIndex;
    private int startFingerOffset;
    private int startFingerWord;
    private int afterFingerOffset;
    private int afterFingerWord;
    private String[] folded;
    // derived values: a handful of keys at most, so a linear search by identity beats any map
    private Object[] derivedKeys;
    private Object[] derivedValues;

    /** Segments the text at once: every scan asks for its words, so no accessor needs to test whether it has. */
    public ScanText(String text) {
        this.text = text;
        segmentWords();
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    public int wordCount() {
        return count;
    }

    public int wordStart(int word) {
        return starts[word];
    }

    public int wordEnd(int word) {
        return ends[word];
    }

    /**
     * What the word is made of and how it begins: a combination of {@link #HAS_DIGIT}, {@link #ALL_HEX},
     * {@link #ALL_DIGITS}, {@link #ALL_ASCII}, {@link #CAPITALISED}, {@link #STARTS_UPPER_CASE}, {@link #STARTS_DIGIT}.
     */
    public int wordFlags(int word) {
        return flags[word];
    }

    /** The first word at or after {@code word} whose flags include all of {@code required}; {@link #wordCount()} if none. */
    public int nextWordWith(int word, int required) {
        int w = Math.max(word, 0);
        if (required == 0 || w >= count) {
            return Math.min(w, count);
        }
        int bit = Integer.numberOfTrailingZeros(required);
        int[] list = wordsWith(1 << bit);
        int k = firstAtOrAfter(list, w, bit == flagFingerBit && w >= flagFingerWord ? flagFingerIndex : 1);
        flagFingerBit = bit;
        flagFingerWord = w;
        flagFingerIndex = k;
        for (; k <= list[0]; k++) {
            if ((flags[list[k]] & required) == required) {
                return list[k];
            }
        }
        return count;
    }

    /**
     * The first word at or after {@code word} whose flags include one of {@code anyOf}; {@link #wordCount()} if none.
     * For a detector whose candidates are of several kinds ("a digit or a capital first"): a walk over the flags,
     * a byte per word, instead of the characters.
     */
    public int nextWordWithAny(int word, int anyOf) {
        byte[] f = flags;
        int w = Math.max(word, 0);
        while (w < count && (f[w] & anyOf) == 0) {
            w++;
        }
        return Math.min(w, count);
    }

    /**
     * Index in {@code list} (length in [0], word numbers from [1]) of the first word at or after {@code w}, searched
     * from index {@code from}, which must not be past it. Detectors walk forward from candidate to candidate, so the
     * answer is usually a step or two from where the last search ended: those are tried before a binary search.
     */
    private static int firstAtOrAfter(int[] list, int w, int from) {
        int end = list[0] + 1;
        for (int k = from, steps = 0; k < end && steps < FINGER_STEPS; k++, steps++) {
            if (list[k] >= w) {
                return k;
            }
        }
        int k = Arrays.binarySearch(list, Math.min(from + FINGER_STEPS, end), end, w);
        return k >= 0 ? k : -k - 1;
    }

    /** How many words have {@code flag} (one of the flags, not a combination). */
    public int countWordsWith(int flag) {
        if (Integer.bitCount(flag) != 1) {
            throw new IllegalArgumentException("one flag expected; got: " + flag);
        }
        return wordsWith(flag)[0];
    }

    /**
     * Offset where the first word starting at or after {@code from} and holding all of {@code required} begins; the
     * text's length if there is none. Detectors whose candidates begin a word jump from candidate to candidate with it.
     */
    public int nextWordStart(int from, int required) {
        int w = wordStartingAtOrAfter(from);
        w = nextWordWith(w, required);
        return w < count ? starts[w] : text.length();
    }

    /** The first word starting at or after {@code offset}; searched from the last answer when it is not past it. */
    private int wordStartingAtOrAfter(int offset) {
        int w = offset >= startFingerOffset ? startFingerWord : 0;
        int limit = Math.min(count, w + FINGER_STEPS);
        while (w < limit && starts[w] < offset) {
            w++;
        }
        if (w == limit && w < count && starts[w] < offset) {
            w = Arrays.binarySearch(starts, w, count, offset);
            w = w >= 0 ? w : -w - 1;
        }
        startFingerOffset = offset;
        startFingerWord = w;
        return w;
    }

    /** The word, lower-cased and without accents. */
    public String foldedWord(int word) {
        if (folded == null) {
            folded = new String[count];
        }
        String f = folded[word];
        if (f == null) {
            f = (flags[word] & ALL_ASCII) != 0 ? asciiLowerCase(starts[word], ends[word]) : fold(starts[word], ends[word]);
            folded[word] = f;
        }
        return f;
    }

    /** A word with other characters than ASCII: from the Latin table when it can, else by the general path. */
    private String fold(int start, int end) {
        int length = Folding.foldInto(text, start, end, scratchFor(end - start), 0);
        return length >= 0 ? new String(scratch, 0, length) : Folding.fold(text.substring(start, end));
    }

    /** The scratch buffer, with room for a word of {@code length} characters folded ("ß" becomes two). */
    private char[] scratchFor(int length) {
        if (scratch.length < 2 * length) {
            scratch = new char[2 * length];
        }
        return scratch;
    }

    /** An ASCII word folds to its lower case: one copy, without the general path's decomposition. */
    private String asciiLowerCase(int start, int end) {
        byte[] lower = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            lower[i - start] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(lower, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Index of the first word that ends after {@code offset}; {@link #wordCount()} if there is none. Searched from the
     * last answer when {@code offset} is not before the last one asked: detectors ask about their candidates in text
     * order, so the answer is usually a step or two on, and the binary search is left for the jumps.
     */
    public int wordAfter(int offset) {
        int w = offset >= afterFingerOffset ? afterFingerWord : 0;
        int limit = Math.min(count, w + FINGER_STEPS);
        while (w < limit && ends[w] <= offset) {
            w++;
        }
        if (w == limit && w < count && ends[w] <= offset) {
            w = Arrays.binarySearch(ends, w, count, offset + 1);
            w = w >= 0 ? w : -w - 1;
        }
        afterFingerOffset = offset;
        afterFingerWord = w;
        return w;
    }

    /**
     * Whether one of the {@code window} words before {@code start} or after {@code end} is a context word: the
     * common test for "IBAN: DE89…", "DE89… (IBAN)" and "nato il 3/4/1980". The word containing {@code start}, if
     * any, and those up to {@code end} are the candidate itself and never its context.
     */
    public boolean hasContext(int start, int end, ContextWords words, int window) {
        int first = wordAfter(start);
        return hasContextBeforeWord(first, words, window) || hasContextAfterWord(first, end, words, window);
    }

    /** Whether one of the {@code window} words before {@code start} (and not containing it) is one of {@code words}. */
    public boolean hasContextBefore(int start, ContextWords words, int window) {
        return hasContextBeforeWord(wordAfter(start), words, window);
    }

    /** Whether one of the {@code window} words starting at or after {@code end} is one of {@code words}. */
    public boolean hasContextAfter(int end, ContextWords words, int window) {
        return hasContextAfterWord(wordAfter(end - 1), end, words, window);
    }

    /**
     * {@link #hasContext} for a candidate whose first word is known, as it is to a detector walking words by number:
     * the same words are looked up in the same order, without searching for them by offset. Whether one of the
     * {@code window} words before word {@code word} (which starts the candidate) or after {@code end} is one of
     * {@code words}.
     */
    public boolean hasContextAroundWord(int word, int end, ContextWords words, int window) {
        return hasContextBeforeWord(word, words, window) || hasContextAfterWord(word, end, words, window);
    }

    /** Whether one of the {@code window} words before word {@code word} is one of {@code words}. */
    public boolean hasContextBeforeWord(int word, ContextWords words, int window) {
        for (int w = word - 1, last = Math.max(0, word - Math.max(window, 0)); w >= last; w--) {
            if (isOneOf(w, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the {@code window} words starting at or after {@code end} is one of {@code words}; they are found
     * by walking on from word {@code word}, which must not be past the first of them (any word of the candidate is).
     */
    public boolean hasContextAfterWord(int word, int end, ContextWords words, int window) {
        int w = Math.max(word, 0);
        while (w < count && starts[w] < end) {
            w++;
        }
        for (int last = w + Math.min(Math.max(window, 0), count - w); w < last; w++) {
            if (isOneOf(w, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word, folded, is one of {@code words}: {@link #whichOf} found it. */
    public boolean isOneOf(int word, ContextWords words) {
        return whichOf(word, words) != null;
    }

    /**
     * Which of {@code words} the word is, folded; null when it is none of them. No string is made for it: an ASCII
     * word is compared in place, ignoring case, another Latin word folded into a scratch buffer first; only a word in
     * another script takes its {@link #foldedWord folded string}.
     */
    public String whichOf(int word, ContextWords words) {
        int start = starts[word];
        int end = ends[word];
        if ((flags[word] & ALL_ASCII) != 0) {
            return words.findAscii(text, start, end);
        }
        int length = Folding.foldInto(text, start, end, scratchFor(end - start), 0);
        if (length >= 0) {
            return words.findInPlace(scratch, 0, length);
        }
        String folded = foldedWord(word);
        return words.contains(folded) ? folded : null;
    }

    /**
     * A value computed from this text once and shared by every detector that asks with the same {@code key} (compared
     * by identity): for instance the candidate identifiers that a family of detectors inspects, found in one pass
     * instead of one per detector. {@code compute} must return a new value that depends on the text only.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ScanText, T> compute) {
        int n = 0;
        if (derivedKeys != null) {
            for (; n < derivedKeys.length && derivedKeys[n] != null; n++) {
                if (derivedKeys[n] == key) {
                    return (T) derivedValues[n];
                }
            }
        }
        T value = compute.apply(this);
        if (derivedKeys == null) {
            derivedKeys = new Object[4];
            derivedValues = new Object[4];
        } else if (n == derivedKeys.length) {
            derivedKeys = Arrays.copyOf(derivedKeys, n * 2);
            derivedValues = Arrays.copyOf(derivedValues, n * 2);
        }
        derivedKeys[n] = key;
        derivedValues[n] = value;
        return value;
    }

    /**
     * One pass over the text, reading the String itself: copying it to an array first cost more (a 4 KB prompt is
     * 8 KB of chars) than the array reads saved. Each character costs one look-up in {@link #CLASSES}, which answers
     * both whether it belongs to a word and what it adds to the word's flags; after a word, the character that ended
     * it is known to be no word character and is stepped over without a look-up.
     */
    private void segmentWords() {
        String text = this.text;
        byte[] classes = CLASSES;
        int len = text.length();
        int capacity = Math.max(8, len / 5); // prose averages a word per six characters
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        byte[] f = new byte[capacity];
        int n = 0;
        int i = 0;
        while (i < len) {
            int cls = classes[text.charAt(i)];
            if (cls == 0) {
                i++;
                continue;
            }
            int begin = i;
            int head = cls;
            int all = cls;
            int any = cls;
            for (i++; i < len; i++) {
                cls = classes[text.charAt(i)];
                if (cls == 0) {
                    break;
                }
                all &= cls;
                any |= cls;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
                f = Arrays.copyOf(f, n * 2);
            }
            s[n] = begin;
            e[n] = i;
            f[n] = (byte) wordFlags(head, all, any);
            n++;
            i++; // the character that ended the word, if any, is no word character
        }
        starts = s;
        ends = e;
        flags = f;
        count = n;
    }

    /** The flags of a word whose first character has class {@code head}, from its classes ANDed and ORed. */
    private static int wordFlags(int head, int all, int any) {
        int flags = (all & ALL_OF_FLAGS) | (any & HAS_DIGIT) | (head & UPPER_CASE) | (head & HAS_DIGIT) << 6;
        if ((any & (HAS_DIGIT | OTHER_DIGIT)) == 0) {
            flags |= head & UPPER_OR_TITLE_CASE; // the place of CAPITALISED
        }
        return flags;
    }

    /**
     * The words with {@code flag} (one of the flags): length in [0], word numbers from [1]; made on the first call and
     * shared, so the caller must not change it.
     */
    int[] wordsWith(int flag) {
        int bit = Integer.numberOfTrailingZeros(flag);
        int[] list = wordsByFlag[bit];
        if (list == null) {
            list = listWordsWith(bit);
            wordsByFlag[bit] = list;
        }
        return list;
    }

    /**
     * The words with flag {@code 1 << bit}: length in [0], word numbers from [1]. Counted first, eight words at a
     * time (a population count of the flag's bit in eight flag bytes read as a long), so the list is made to measure
     * instead of a place per word of the text: most flags are on a word in six or fewer, and the lists were an eighth
     * of what a scan allocated. Filled without a branch per word: each word is written to the next free place, which
     * moves on only when the word has the flag (a test that took a mispredicted branch for most words with the flag,
     * scattered as they are, cost more than the whole walk); the place after the last word with the flag takes the
     * writes of the words after it.
     */
    private int[] listWordsWith(int bit) {
        byte[] f = flags;
        int total = countFlag(bit);
        int[] list = new int[total + 2];
        int n = 0;
        for (int w = 0; w < count; w++) {
            list[n + 1] = w;
            n += (f[w] >>> bit) & 1;
        }
        list[0] = n;
        return list;
    }

    /** How many words have flag {@code 1 << bit}. */
    private int countFlag(int bit) {
        byte[] f = flags;
        long mask = 0x0101010101010101L << bit;
        int total = 0;
        int w = 0;
        for (int last = count - Long.BYTES; w <= last; w += Long.BYTES) {
            total += Long.bitCount((long) EIGHT_BYTES.get(f, w) & mask);
        }
        for (; w < count; w++) {
            total += (f[w] >>> bit) & 1;
        }
        return total;
    }

    /**
     * Per character of the Basic Multilingual Plane: 0 for a character that is no part of words, else {@link #WORD},
     * for an ASCII letter or digit with the flags a word keeps when it holds it ({@link #HAS_DIGIT} for a digit, too),
     * and the case or digit bits that tell how a word begins ({@link #UPPER_CASE}, {@link #UPPER_OR_TITLE_CASE}) and
     * whether it holds another script's digit ({@link #OTHER_DIGIT}).
     * 64 KB, of which text in Latin script reads a few cache lines.
     */
    private static byte[] classes() {
        byte[] classes = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!isWordChar((char) c)) {
                continue;
            }
            int cls = WORD;
            if (Character.isUpperCase((char) c)) {
                cls |= UPPER_CASE | UPPER_OR_TITLE_CASE;
            } else if (Character.isTitleCase((char) c)) {
                cls |= UPPER_OR_TITLE_CASE;
            } else if (c >= 0x80 && Character.isDigit((char) c)) {
                cls |= OTHER_DIGIT;
            }
            if (c < 0x80) {
                cls |= ALL_ASCII;
                if (c >= '0' && c <= '9') {
                    cls |= ALL_HEX | ALL_DIGITS | HAS_DIGIT;
                } else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                    cls |= ALL_HEX;
                }
            }
            classes[c] = (byte) cls;
        }
        return classes;
    }

    /**
     * {@link Character#isLetterOrDigit(char)} answered without a table lookup for ASCII, which is most characters
     * detectors test around their candidates.
     */
    public static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * ASCII letters and digits {@code text[start, end)}, at most eight of them, lower-cased and packed into a long, a
     * byte per character, the first in the low byte: the short key the context-word and gazetteer tables find such a
     * word by. Setting bit 0x20 lower-cases a letter and keeps a digit, so no character takes a branch; the bytes
     * past the word's end stay 0, so the key tells the length too.
     */
    public static long packAsciiLowerCase(String text, int start, int end) {
        long packed = 0;
        for (int i = end - 1; i >= start; i--) {
            packed = packed << 8 | (text.charAt(i) | 0x20);
        }
        return packed;
    }

    /** Letters, digits and combining marks; surrogate halves count as word characters so emoji do not split. */
    public static boolean isWordChar(char c) {
        return (WORD_CHARS[c >>> 6] & (1L << c)) != 0;
    }

    private static long[] wordCharTable() {
        long[] table = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.isSurrogate((char) c)) {
                table[c >>> 6] |= 1L << c;
            }
        }
        return table;
    }
}
