package eu.dogana.pii.nationalid;

import eu.dogana.pii.DigitWords;
import eu.dogana.pii.ScanText;
import java.util.Arrays;

/**
 * The stretches of a text that could be a national identifier, found in one pass and shared by every detector of
 * this package through {@link ScanText#derived}.
 *
 * <p>Identifiers are written with and without separators ("86095742719", "86 095 742 719", "12.345.678-Z",
 * "1 85 05 78 006 084 36"), so a candidate is a run of one or more words joined by single separator characters
 * (space, no-break space, {@code . - / +}). Only <em>id words</em> take part: ASCII letters and digits, at most
 * {@value #MAX_LENGTH} of them, holding a digit or being short (two letters, or three capitals: "IT", "Z", "RSS").
 * The pass visits only ASCII words holding a digit ({@link DigitWords}, {@link ScanText#ALL_ASCII}), so prose
 * without digits costs nothing.
 *
 * <p>Cost: proportional to the words with digits and their candidates, not to the text. What a word is made of is
 * read from its {@link ScanText#wordFlags flags}, not its characters (only a digit-less three-letter neighbour is
 * looked at, for lower case), each word's offsets are read once per run, and only a run of at least
 * {@value #MIN_LENGTH} letters and digits is copied, upper-cased, into the compact buffer.
 *
 * <p>Every word span of such a run whose letters and digits number {@value #MIN_LENGTH} to {@value #MAX_LENGTH} and
 * include a digit is a candidate, except that a span of several words may not continue into a joined neighbour
 * holding a digit: this keeps "3704 0044 053" out of an IBAN and "85 05 78" out of a NIR, while a lone word of that
 * length is always a candidate.
 *
 * <p>For each candidate the detectors see its text offsets and its <em>compact</em> form: the letters and digits
 * without separators, ASCII letters in upper case, in one shared {@code char[]}. Candidates are also grouped by
 * compact length, so that a detector visits only those of the lengths it knows.
 */
final class IdCandidates {

    /** The longest compact identifier we look for: a codice fiscale. */
    static final int MAX_LENGTH = 16;

    /**
     * The shortest compact identifier we look for: a Portuguese passport number (a letter, six digits). Shorter spans
     * are not recorded; they were two candidates in three, and no detector asked for them.
     */
    static final int MIN_LENGTH = 7;

    /** More groups than this ("1 2 3 4 5 6 7 8 9") is a list of numbers, not one identifier. */
    private static final int MAX_WORDS = 8;

    private static final Object KEY = new Object();

    // per candidate: start, end, first word, last word, offset into chars, compact length
    private static final int STRIDE = 6;

    /** The flags of an id word holding a digit: ASCII letters and digits, at least one a digit. */
    private static final int ID_WORD_FLAGS = ScanText.HAS_DIGIT | ScanText.ALL_ASCII;

    private final ScanText text;
    private final String string;
    private final int wordCount;
    private final DigitWords digitWords;
    private int[] spans;
    private char[] chars;
    private int size;
    private int used;
    // the run being collected: per word its text offsets and flags, read from the ScanText once
    private int[] runStarts = new int[16];
    private int[] runEnds = new int[16];
    private int[] runFlags = new int[16];
    private int runSize;
    // candidates grouped by compact length, each group in text order: byLength[lengthStart[n] .. lengthStart[n + 1])
    private int[] byLength;
    private final int[] lengthStart = new int[MAX_LENGTH + 2];
    // which detectors' context words stand near which words, made on the first question
    private NationalIdContext context;

    private IdCandidates(ScanText text) {
        this.text = text;
        this.string = text.text();
        this.digitWords = DigitWords.of(text);
        this.wordCount = digitWords.size() == 0 ? 0 : text.wordCount();
        // about one candidate per word with a digit, once the spans shorter than MIN_LENGTH are left out
        int guess = Math.max(8, digitWords.size());
        this.spans = new int[STRIDE * (wordCount == 0 ? 1 : guess)];
        this.chars = new char[wordCount == 0 ? 1 : guess * 4];
        if (wordCount > 0) {
            find();
        }
        groupByLength();
    }

    /** The candidates of {@code text}, found on the first call and shared afterwards. */
    static IdCandidates of(ScanText text) {
        return text.derived(KEY, IdCandidates::new);
    }

    ScanText text() {
        return text;
    }

    int size() {
        return size;
    }

    int start(int candidate) {
        return spans[candidate * STRIDE];
    }

    int end(int candidate) {
        return spans[candidate * STRIDE + 1];
    }

    /** Position in {@link #candidateAt} of the first candidate whose compact form has {@code length} characters. */
    int firstOfLength(int length) {
        return lengthStart[length];
    }

    /** Position in {@link #candidateAt} after the last candidate of {@code length} characters. */
    int endOfLength(int length) {
        return lengthStart[length + 1];
    }

    /**
     * The candidate at a position of the by-length order. Candidate numbers follow the text (by start, then end), so
     * a detector that wants several lengths merges them by number.
     */
    int candidateAt(int position) {
        return byLength[position];
    }

    /**
     * Whether a context word of the detector with {@code contextBit} ({@link NationalIdContext#bitOf}) stands within
     * {@code window} words of the candidate, as {@link ScanText#hasContext} would answer.
     */
    boolean hasContext(int candidate, int contextBit, int window) {
        if (context == null) {
            context = new NationalIdContext(text);
        }
        return context.nearby(spans[candidate * STRIDE + 2], spans[candidate * STRIDE + 3], contextBit, window);
    }

    /** Number of words (groups) the candidate is written in. */
    int groups(int candidate) {
        return spans[candidate * STRIDE + 3] - spans[candidate * STRIDE + 2] + 1;
    }

    /** Length of the candidate's {@code group}-th word. */
    int groupLength(int candidate, int group) {
        int word = spans[candidate * STRIDE + 2] + group;
        return text.wordEnd(word) - text.wordStart(word);
    }

    /** The separator after the candidate's {@code group}-th word. */
    char separatorAfter(int candidate, int group) {
        return string.charAt(text.wordEnd(spans[candidate * STRIDE + 2] + group));
    }

    /** Whether the candidate is written in exactly these groups, e.g. {@code {3, 3, 3}} for "111 222 333". */
    boolean hasGroups(int candidate, int[] lengths) {
        if (groups(candidate) != lengths.length) {
            return false;
        }
        for (int g = 0; g < lengths.length; g++) {
            if (groupLength(candidate, g) != lengths[g]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the candidate is written in one of these groupings. */
    boolean hasAnyGroups(int candidate, int[][] groupings) {
        for (int[] lengths : groupings) {
            if (hasGroups(candidate, lengths)) {
                return true;
            }
        }
        return false;
    }

    /** The shared buffer holding every candidate's compact form. */
    char[] chars() {
        return chars;
    }

    int offset(int candidate) {
        return spans[candidate * STRIDE + 4];
    }

    int length(int candidate) {
        return spans[candidate * STRIDE + 5];
    }

    /** Visits the words holding a digit, each run of joined id words once. */
    private void find() {
        int done = -1; // the last word of the last run
        for (int k = 0; k < digitWords.size(); k++) {
            int word = digitWords.word(k);
            if (word <= done || (digitWords.flags(k) & ID_WORD_FLAGS) != ID_WORD_FLAGS
                    || digitWords.end(k) - digitWords.start(k) > MAX_LENGTH) {
                continue;
            }
            int first = word;
            while (first > 0 && joined(first - 1) && isIdWord(first - 1)) {
                first--;
            }
            runSize = 0;
            for (int w = first; w <= word; w++) {
                addToRun(w);
            }
            int last = word;
            while (last + 1 < wordCount && joined(last) && isIdWord(last + 1)) {
                addToRun(++last);
            }
            addRun(first);
            done = last;
        }
    }

    private void addToRun(int word) {
        if (runSize == runStarts.length) {
            runStarts = Arrays.copyOf(runStarts, runSize * 2);
            runEnds = Arrays.copyOf(runEnds, runSize * 2);
            runFlags = Arrays.copyOf(runFlags, runSize * 2);
        }
        runStarts[runSize] = text.wordStart(word);
        runEnds[runSize] = text.wordEnd(word);
        runFlags[runSize] = text.wordFlags(word);
        runSize++;
    }

    /**
     * Copies the compact form of the run (words {@code first ..} as collected in {@code runStarts}) once and records
     * every admissible word span of it as a candidate.
     */
    private void addRun(int first) {
        int total = 0;
        for (int k = 0; k < runSize; k++) {
            total += runEnds[k] - runStarts[k];
        }
        if (total < MIN_LENGTH) {
            return; // most runs: a year, an amount, a house number
        }
        int runOffset = used;
        ensureChars(total);
        char[] out = chars;
        int at = used;
        for (int k = 0; k < runSize; k++) {
            // id words hold ASCII letters and digits only; a short word is copied faster here than by getChars
            for (int p = runStarts[k], to = runEnds[k]; p < to; p++) {
                char c = string.charAt(p);
                out[at++] = c >= 'a' ? (char) (c - ('a' - 'A')) : c;
            }
        }
        used = at;
        int spanOffset = runOffset;
        for (int i = 0; i < runSize; i++) {
            boolean digitBefore = i > 0 && hasDigit(i - 1);
            int compact = 0;
            boolean digit = false;
            for (int j = i; j < runSize && j - i < MAX_WORDS; j++) {
                compact += runEnds[j] - runStarts[j];
                if (compact > MAX_LENGTH) {
                    break;
                }
                digit |= hasDigit(j);
                boolean several = j > i;
                if (digit && compact >= MIN_LENGTH
                        && !(several && (digitBefore || (j + 1 < runSize && hasDigit(j + 1))))) {
                    add(runStarts[i], runEnds[j], first + i, first + j, spanOffset, compact);
                }
            }
            spanOffset += runEnds[i] - runStarts[i];
        }
    }

    private boolean hasDigit(int runWord) {
        return (runFlags[runWord] & ScanText.HAS_DIGIT) != 0;
    }

    /** A stable counting sort of the candidates by compact length. */
    private void groupByLength() {
        for (int c = 0; c < size; c++) {
            lengthStart[length(c) + 1]++;
        }
        for (int n = 1; n < lengthStart.length; n++) {
            lengthStart[n] += lengthStart[n - 1];
        }
        byLength = new int[size];
        int[] next = Arrays.copyOf(lengthStart, lengthStart.length);
        for (int c = 0; c < size; c++) {
            byLength[next[length(c)]++] = c;
        }
    }

    private void add(int start, int end, int firstWord, int lastWord, int offset, int length) {
        if ((size + 1) * STRIDE > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        int at = size * STRIDE;
        spans[at] = start;
        spans[at + 1] = end;
        spans[at + 2] = firstWord;
        spans[at + 3] = lastWord;
        spans[at + 4] = offset;
        spans[at + 5] = length;
        size++;
    }

    private void ensureChars(int more) {
        if (used + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + more));
        }
    }

    /** Whether word {@code w} and the next are separated by exactly one separator character. */
    private boolean joined(int w) {
        int gap = text.wordEnd(w);
        return text.wordStart(w + 1) == gap + 1 && isSeparator(string.charAt(gap));
    }

    /**
     * Whether word {@code w} is an id word, from its flags: an {@link ScanText#ALL_ASCII ALL_ASCII} word holds only
     * ASCII letters and digits, so only a three-letter word without digits has its characters looked at (for lower
     * case).
     */
    private boolean isIdWord(int w) {
        int flags = text.wordFlags(w);
        if ((flags & ScanText.ALL_ASCII) == 0) {
            return false;
        }
        int from = text.wordStart(w);
        int length = text.wordEnd(w) - from;
        if (length > MAX_LENGTH) {
            return false;
        }
        return (flags & ScanText.HAS_DIGIT) != 0 || length <= 2 || (length == 3 && isUpperCase(from, from + 3));
    }

    private boolean isUpperCase(int from, int to) {
        for (int i = from; i < to; i++) {
            if (string.charAt(i) >= 'a') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '/' || c == '+' || c == '\u00A0' || c == '\u202F';
    }
}
