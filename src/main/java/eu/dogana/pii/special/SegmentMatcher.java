package eu.dogana.pii.special;

import java.util.Arrays;

/**
 * Matches a segment of {@link KeyedWords} against all the languages picked for it in one walk over its words,
 * reporting the matches in the order a walk per language would: all of the first language's (by ordinal), in text
 * order, then the next language's.
 *
 * <p>Why one walk: nearly every word is known to be no token in any language of its segment ({@link
 * KeyedWords#mayBeTokenIn}), and one bit test tells it for all of them at once, where a walk per language read every
 * word once per language (a dense prompt is matched in two languages on average). Why the order: overlapping matches
 * are resolved by a stable sort, so matches that tie (one span in two languages' lexicons) keep the order they came
 * in; matches are rare, so they are held until the segment ends and then passed on by language.
 *
 * <p>Not thread-safe: scratch space of one scan at a time.
 */
final class SegmentMatcher {

    private final PhraseMatcher[] matchers;
    /** The languages whose lexicon holds a phrase, as ordinal bits. */
    private final int nonEmpty;
    private final PhraseMatcher.Partials[] partials;
    /** Per language, a sink that holds its matches back until the segment ends. */
    private final PhraseMatcher.MatchSink[] holders;

    // matches of the current segment, in the order found
    private int held;
    private int[] heldLanguages = new int[16];
    private LexiconEntry[] heldEntries = new LexiconEntry[16];
    private int[] heldStarts = new int[16];
    private int[] heldEnds = new int[16];

    /** @param matchers the compiled lexicon of every language, by ordinal */
    SegmentMatcher(PhraseMatcher[] matchers) {
        this.matchers = matchers.clone();
        this.partials = new PhraseMatcher.Partials[matchers.length];
        this.holders = new PhraseMatcher.MatchSink[matchers.length];
        int bits = 0;
        for (int language = 0; language < matchers.length; language++) {
            partials[language] = matchers[language].newPartials();
            int ordinal = language;
            holders[language] = (entry, start, end) -> hold(ordinal, entry, start, end);
            if (!matchers[language].isEmpty()) {
                bits |= 1 << language;
            }
        }
        this.nonEmpty = bits;
    }

    /**
     * Matches the words {@code [from, to)} in each language of {@code languageBits} (ordinal bits); a phrase does
     * not reach outside them.
     */
    void match(KeyedWords words, int from, int to, int languageBits, PhraseMatcher.MatchSink sink) {
        int languages = languageBits & nonEmpty;
        if (languages == 0 || from >= to) {
            return;
        }
        held = 0;
        // the languages with partial phrases alive; the others' partials are cleared when they die
        int alive = 0;
        for (int w = from; w < to; w++) {
            int tokenIn = words.mayBeTokenIn(w) & languages;
            // a token that begins no phrase matters only where it may continue one: most function words
            int asked = tokenIn & (alive | words.mayBeFirstIn(w));
            for (int rest = asked | alive; rest != 0; rest &= rest - 1) {
                int language = Integer.numberOfTrailingZeros(rest);
                int bit = 1 << language;
                PhraseMatcher matcher = matchers[language];
                int token = (asked & bit) != 0 ? words.tokenNumber(w, matcher) : PhraseMatcher.NO_TOKEN;
                if (token == PhraseMatcher.NO_TOKEN) {
                    partials[language].clear();
                    alive &= ~bit;
                } else if (matcher.advance(partials[language], token, words.start(w), words.end(w),
                        holders[language])) {
                    alive |= bit;
                } else {
                    alive &= ~bit;
                }
            }
        }
        for (int rest = alive; rest != 0; rest &= rest - 1) {
            partials[Integer.numberOfTrailingZeros(rest)].clear();
        }
        if (held != 0) {
            passOn(sink);
        }
    }

    /** Passes the held matches on, language by language in ordinal order, each language's in the order found. */
    private void passOn(PhraseMatcher.MatchSink sink) {
        int languages = 0;
        for (int i = 0; i < held; i++) {
            languages |= 1 << heldLanguages[i];
        }
        for (int rest = languages; rest != 0; rest &= rest - 1) {
            int language = Integer.numberOfTrailingZeros(rest);
            for (int i = 0; i < held; i++) {
                if (heldLanguages[i] == language) {
                    sink.match(heldEntries[i], heldStarts[i], heldEnds[i]);
                }
            }
        }
        Arrays.fill(heldEntries, 0, held, null);
        held = 0;
    }

    private void hold(int language, LexiconEntry entry, int start, int end) {
        if (held == heldLanguages.length) {
            int capacity = 2 * held;
            heldLanguages = Arrays.copyOf(heldLanguages, capacity);
            heldEntries = Arrays.copyOf(heldEntries, capacity);
            heldStarts = Arrays.copyOf(heldStarts, capacity);
            heldEnds = Arrays.copyOf(heldEnds, capacity);
        }
        heldLanguages[held] = language;
        heldEntries[held] = entry;
        heldStarts[held] = start;
        heldEnds[held] = end;
        held++;
    }
}
