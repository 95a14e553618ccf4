package eu.dogana.pii.special;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which languages' lexicons a text is matched against, from counts of very common short words ({@link
 * LexiconLanguage#clueWords()}) among its {@link KeyedWords}, which look each distinct word up once
 * ({@link #clueBits}) and remember the answer with the word's keys.
 *
 * <p>Why guess at all: a lexicon matched against text of another language finds false friends, and each language
 * matched costs a stemmer run per new word and a pass over the words. Counting clue words is cheap: a word of at
 * most four characters is packed into a {@code long} (four UTF-16 units, 16 bits each, lower-cased) and looked up
 * in a small open-addressing table, once per distinct word. A language is chosen when its count reaches a third of the best count, so a
 * German paragraph quoted in an English mail is still analysed as German, and Spanish and Portuguese, which share
 * many clue words, are often both chosen. When fewer than {@value #MIN_EVIDENCE} clue words occur (a short prompt,
 * a list of diagnoses) the guess is unsure and every language is analysed: that text is short or unusual, so
 * precision of the guess matters more than its cost.
 *
 * <p>Immutable and thread-safe.
 */
final class LanguageGuess {

    static final int MAX_CLUE_LENGTH = 4;
    static final int MIN_EVIDENCE = 5;
    /** A sentence with fewer clue words than this takes the whole text's guess. */
    static final int MIN_SENTENCE_EVIDENCE = 2;
    /** Past this many clue words the proportions are settled; a long text is not counted to its end. */
    static final int ENOUGH_EVIDENCE = 2000;

    private static final LexiconLanguage[] LANGUAGES = LexiconLanguage.values();
    private static final int ALL_LANGUAGES = (1 << LANGUAGES.length) - 1;
    private static final long[] ONE_PER_LANGUAGE = onePerLanguage();
    /** Clue words a byte lane counts before it is flushed into an int: it must not overflow. */
    private static final int LANE_LIMIT = 255;
    /** A sentence's languages still to be taken from the whole text. */
    private static final int PENDING = -1;

    /** Open-addressing table of packed clue words (0 = empty slot) and, per slot, its languages' ordinal bits. */
    private final long[] keys;
    private final int[] languageBits;
    private final int mask;

    LanguageGuess() {
        int words = 0;
        for (LexiconLanguage language : LANGUAGES) {
            words += language.clueWords().size();
        }
        int size = Integer.highestOneBit(words * 4 - 1) << 1; // load factor <= 1/4: probes stay short
        this.keys = new long[size];
        this.languageBits = new int[size];
        this.mask = size - 1;
        for (LexiconLanguage language : LANGUAGES) {
            for (String word : language.clueWords()) {
                if (word.isEmpty() || word.length() > MAX_CLUE_LENGTH) {
                    throw new IllegalArgumentException(
                            "clue words must have 1 to " + MAX_CLUE_LENGTH + " characters; got: '" + word + "'");
                }
                long key = pack(word.toCharArray(), 0, word.length());
                int slot = slot(key);
                while (keys[slot] != 0 && keys[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                languageBits[slot] |= 1 << language.ordinal();
            }
        }
    }

    /** The languages to analyse {@code text} in; all of them when the clue words do not tell. */
    Set<LexiconLanguage> languagesOf(KeyedWords words) {
        int[] counts = new int[LANGUAGES.length];
        int evidence = 0;
        for (int w = 0, n = words.count(); w < n && evidence < ENOUGH_EVIDENCE; w++) {
            int bits = words.clueBits(w);
            if (bits != 0) {
                evidence++;
                flush(ONE_PER_LANGUAGE[bits], counts);
            }
        }
        return languages(evidence < MIN_EVIDENCE ? ALL_LANGUAGES : chosen(counts));
    }

    /**
     * The text cut at sentence ends into segments, each with the languages to analyse it in: a prompt that mixes
     * languages (a German mail quoted in an Italian request, a translation task) then costs about one chain per
     * sentence instead of every chain over the whole text. A sentence is guessed from its own clue words when it has
     * at least {@value #MIN_SENTENCE_EVIDENCE}; otherwise (a heading, a list item, "Diagnose: Diabetes.") it takes
     * the guess for the whole text, which is every language when the whole text does not tell either. Neighbouring
     * sentences with the same languages form one segment, so a phrase is cut only where the languages change.
     */
    List<Segment> segmentsOf(KeyedWords words, String chars) {
        Segments segments = new Segments();
        segment(words, chars, segments);
        List<Segment> list = new ArrayList<>(segments.count());
        for (int i = 0; i < segments.count(); i++) {
            list.add(new Segment(segments.start(i), segments.end(i), segments.firstWord(i), segments.endWord(i),
                    languages(segments.languageBits(i))));
        }
        return list;
    }

    /**
     * {@link #segmentsOf}, written into {@code into} (cleared first) instead of new objects: a scan reuses one
     * {@link Segments}, and a dense prompt has dozens of sentences.
     */
    void segment(KeyedWords words, String chars, Segments into) {
        into.clear();
        int n = words.count();
        // one pass: each sentence's guess, or PENDING where it takes the whole text's, known only at the end
        int[] counts = into.counts;
        int[] wholeCounts = into.wholeCounts;
        Arrays.fill(wholeCounts, 0);
        // the counts not yet in counts, a byte per language; each word adds its languages' bytes, 0 for most words,
        // and evidence counts the clue words, without a branch on whether the word is one
        long lanes = 0;
        long wholeLanes = 0;
        int evidence = 0;
        int flushAt = LANE_LIMIT;
        boolean countsUsed = false;
        int wholeEvidence = 0;
        int wholeFlushAt = LANE_LIMIT;
        for (int w = 0; w < n; w++) {
            int bits = words.clueBits(w);
            long one = ONE_PER_LANGUAGE[bits];
            int clue = bits == 0 ? 0 : 1;
            lanes += one;
            evidence += clue;
            if (evidence == flushAt) {
                lanes = flush(lanes, counts);
                countsUsed = true;
                flushAt += LANE_LIMIT;
            }
            if (wholeEvidence < ENOUGH_EVIDENCE) {
                wholeLanes += one;
                wholeEvidence += clue;
                if (wholeEvidence == wholeFlushAt) {
                    wholeLanes = flush(wholeLanes, wholeCounts);
                    wholeFlushAt += LANE_LIMIT;
                }
            }
            int next;
            if (w + 1 < n) {
                int from = words.end(w);
                next = words.start(w + 1);
                if (next - from == 1 ? !words.mayBeLineBreak(from) || chars.charAt(from) != '\n'
                        : !endsSentence(chars, from, next)) {
                    continue;
                }
            } else {
                next = chars.length();
            }
            int mask = PENDING;
            if (evidence >= MIN_SENTENCE_EVIDENCE) {
                if (countsUsed) {
                    flush(lanes, counts);
                    mask = chosen(counts);
                    Arrays.fill(counts, 0);
                } else {
                    mask = chosen(lanes);
                }
            }
            into.addSentence(next, w + 1, mask);
            lanes = 0;
            evidence = 0;
            flushAt = LANE_LIMIT;
            countsUsed = false;
        }
        flush(wholeLanes, wholeCounts);
        int whole = wholeEvidence < MIN_EVIDENCE ? ALL_LANGUAGES : chosen(wholeCounts);
        into.mergeSentences(whole);
    }

    /**
     * A stretch of text, {@code [start, end)}, which holds the words {@code [firstWord, endWord)}, and the languages
     * it is analysed in.
     */
    record Segment(int start, int end, int firstWord, int endWord, Set<LexiconLanguage> languages) {
    }

    /**
     * The segments of one text ({@link #segment}), as parallel arrays reused from text to text, and the scratch
     * space that finds them. Not thread-safe: one scan at a time.
     */
    static final class Segments {

        private final int[] counts = new int[LANGUAGES.length];
        private final int[] wholeCounts = new int[LANGUAGES.length];
        // per sentence, in text order
        private int sentences;
        private int[] sentenceEnds = new int[64];
        private int[] sentenceEndWords = new int[64];
        private int[] sentenceMasks = new int[64];
        // per segment
        private int count;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] firstWords = new int[64];
        private int[] endWords = new int[64];
        private int[] languageBits = new int[64];

        int count() {
            return count;
        }

        int start(int segment) {
            return starts[segment];
        }

        int end(int segment) {
            return ends[segment];
        }

        int firstWord(int segment) {
            return firstWords[segment];
        }

        int endWord(int segment) {
            return endWords[segment];
        }

        /** The languages to analyse the segment in, as ordinal bits. */
        int languageBits(int segment) {
            return languageBits[segment];
        }

        private void clear() {
            sentences = 0;
            count = 0;
        }

        private void addSentence(int end, int endWord, int mask) {
            if (sentences == sentenceEnds.length) {
                sentenceEnds = Arrays.copyOf(sentenceEnds, sentences * 2);
                sentenceEndWords = Arrays.copyOf(sentenceEndWords, sentences * 2);
                sentenceMasks = Arrays.copyOf(sentenceMasks, sentences * 2);
            }
            sentenceEnds[sentences] = end;
            sentenceEndWords[sentences] = endWord;
            sentenceMasks[sentences] = mask;
            sentences++;
        }

        /** Makes the segments: the sentences, each pending one taking {@code whole}, joined where languages agree. */
        private void mergeSentences(int whole) {
            int segmentStart = 0;
            int segmentFirstWord = 0;
            for (int i = 0; i < sentences; i++) {
                int mask = sentenceMasks[i] == PENDING ? whole : sentenceMasks[i];
                int nextMask = i + 1 < sentences
                        ? (sentenceMasks[i + 1] == PENDING ? whole : sentenceMasks[i + 1]) : -1;
                if (mask != nextMask) {
                    addSegment(segmentStart, sentenceEnds[i], segmentFirstWord, sentenceEndWords[i], mask);
                    segmentStart = sentenceEnds[i];
                    segmentFirstWord = sentenceEndWords[i];
                }
            }
        }

        private void addSegment(int start, int end, int firstWord, int endWord, int bits) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                firstWords = Arrays.copyOf(firstWords, count * 2);
                endWords = Arrays.copyOf(endWords, count * 2);
                languageBits = Arrays.copyOf(languageBits, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            firstWords[count] = firstWord;
            endWords[count] = endWord;
            languageBits[count] = bits;
            count++;
        }
    }

    /**
     * The languages (ordinal bits) of which {@code lowerCased[0, length)} is a clue word; 0 if it is none. One table
     * probe, made once per distinct word ({@link KeyedWords} remembers it).
     */
    int clueBits(char[] lowerCased, int length) {
        return clueBits(lowerCased, 0, length);
    }

    /** {@link #clueBits(char[], int)} of {@code lowerCased[offset, offset + length)}. */
    int clueBits(char[] lowerCased, int offset, int length) {
        return length > MAX_CLUE_LENGTH ? 0 : languageBitsOf(pack(lowerCased, offset, length));
    }

    /** Adds the byte lanes of {@code lanes} to {@code counts}; returns the emptied lanes, 0. */
    private static long flush(long lanes, int[] counts) {
        for (int language = 0; lanes != 0; language++, lanes >>>= Byte.SIZE) {
            counts[language] += (int) (lanes & 0xFF);
        }
        return 0;
    }

    /**
     * Per set of languages (ordinal bits), a {@code long} with 1 in the byte of each: adding it counts one clue word
     * for all its languages at once, without a loop over them.
     */
    private static long[] onePerLanguage() {
        if (LANGUAGES.length > Long.BYTES) {
            throw new IllegalStateException("a byte lane per language: at most " + Long.BYTES + " languages");
        }
        long[] table = new long[1 << LANGUAGES.length];
        for (int bits = 0; bits < table.length; bits++) {
            for (int language = 0; language < LANGUAGES.length; language++) {
                if ((bits & (1 << language)) != 0) {
                    table[bits] |= 1L << (Byte.SIZE * language);
                }
            }
        }
        return table;
    }

    /** {@link #chosen(int[])} of counts in byte lanes (each below {@value #LANE_LIMIT}, so exact). */
    private static int chosen(long lanes) {
        int best = 0;
        for (int language = 0; language < LANGUAGES.length; language++) {
            best = Math.max(best, (int) (lanes >>> (Byte.SIZE * language)) & 0xFF);
        }
        int chosen = 0;
        for (int language = 0; language < LANGUAGES.length; language++) {
            if (((int) (lanes >>> (Byte.SIZE * language)) & 0xFF) * 3 >= best) {
                chosen |= 1 << language;
            }
        }
        return chosen;
    }

    /** The languages (ordinal bits) whose count reaches a third of the best. */
    private static int chosen(int[] counts) {
        int best = 0;
        for (int count : counts) {
            best = Math.max(best, count);
        }
        int chosen = 0;
        for (int language = 0; language < counts.length; language++) {
            if (counts[language] * 3 >= best) {
                chosen |= 1 << language;
            }
        }
        return chosen;
    }

    private static Set<LexiconLanguage> languages(int bits) {
        EnumSet<LexiconLanguage> languages = EnumSet.noneOf(LexiconLanguage.class);
        for (int rest = bits; rest != 0; rest &= rest - 1) {
            languages.add(LANGUAGES[Integer.numberOfTrailingZeros(rest)]);
        }
        return languages;
    }

    /**
     * Whether the gap between two words, {@code [from, to)}, ends a sentence: a line break, or a full stop, ! or ?
     * followed by white space (not the dots of "niamh.walsh@mail.ie" or "10.0.0.1").
     */
    private static boolean endsSentence(String chars, int from, int to) {
        if (to - from == 1) {
            return chars.charAt(from) == '\n'; // the usual gap, one space: a stop needs a character after it
        }
        boolean stop = false;
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c == '.' || c == '!' || c == '?') {
                stop = true;
            } else if (stop && Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    private int languageBitsOf(long key) {
        for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return languageBits[slot];
            }
        }
        return 0;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** Up to four chars, lower-cased, 16 bits each; no char is 0, so lengths cannot collide. */
    private static long pack(char[] chars, int offset, int length) {
        long key = 0;
        for (int i = offset; i < offset + length; i++) {
            key = (key << 16) | Character.toLowerCase(chars[i]);
        }
        return key;
    }
}
