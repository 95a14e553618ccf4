package eu.dogana.pii.special;

import eu.dogana.pii.ScanText;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides which language chains a text needs, from counts of very common short words ({@link
 * LexiconLanguage#clueWords()}) among the words {@link ScanText} has already segmented.
 *
 * <p>Why guess at all: each chain is a full analysis pass (tokenise, lower-case, stem, fold, look up), so running
 * all eight costs eight passes. Counting clue words costs one cheap look at the words of at most four characters:
 * each is packed into a {@code long} (four UTF-16 units, 16 bits each, lower-cased) and looked up in a small
 * open-addressing table — no string is made. A language is chosen when its count reaches a third of the best count, so a
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
    /** Past this many clue words the proportions are settled; a long text is not counted to its end. */
    static final int ENOUGH_EVIDENCE = 2000;

    private static final LexiconLanguage[] LANGUAGES = LexiconLanguage.values();

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
                long key = pack(word, 0, word.length());
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
    Set<LexiconLanguage> languagesOf(ScanText text) {
        int[] counts = new int[LANGUAGES.length];
        int evidence = 0;
        String chars = text.text();
        for (int w = 0, n = text.wordCount(); w < n; w++) {
            int start = text.wordStart(w);
            int length = text.wordEnd(w) - start;
            if (length > MAX_CLUE_LENGTH) {
                continue;
            }
            int bits = languageBitsOf(pack(chars, start, start + length));
            if (bits == 0) {
                continue;
            }
            evidence++;
            for (; bits != 0; bits &= bits - 1) {
                counts[Integer.numberOfTrailingZeros(bits)]++;
            }
            if (evidence == ENOUGH_EVIDENCE) {
                break;
            }
        }
        EnumSet<LexiconLanguage> chosen = EnumSet.allOf(LexiconLanguage.class);
        if (evidence < MIN_EVIDENCE) {
            return chosen;
        }
        int best = 0;
        for (int count : counts) {
            best = Math.max(best, count);
        }
        for (LexiconLanguage language : LANGUAGES) {
            if (counts[language.ordinal()] * 3 < best) {
                chosen.remove(language);
            }
        }
        return chosen;
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
    private static long pack(CharSequence chars, int start, int end) {
        long key = 0;
        for (int i = start; i < end; i++) {
            key = (key << 16) | Character.toLowerCase(chars.charAt(i));
        }
        return key;
    }
}
