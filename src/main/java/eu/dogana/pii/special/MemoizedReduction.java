package eu.dogana.pii.special;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies a language's reduction of a lower-cased word to its lexicon key (light stemming, accent folding: filters
 * that turn each token into exactly one) and remembers the key per word. Words follow Zipf's law: most words of a
 * prompt are among a few thousand common ones, which then cost one hash probe instead of a stemmer and a folding
 * pass per language analysed (Dutch's Snowball stemmer alone cost four times a whole light chain).
 *
 * <p>The reduction runs on a private one-word stream, so the filters are Lucene's own, unchanged, and the memo
 * cannot disagree with them. It holds at most {@value #MAX_WORDS} words and is cleared when full, so it refills
 * with what is common now; it belongs to one {@link LexiconAnalyzer}, which one thread uses at a time.
 */
final class MemoizedReduction extends TokenFilter {

    /** Bounds memory per pooled analyzer (a few hundred KB) while covering most running text. */
    static final int MAX_WORDS = 4096;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OneWord word = new OneWord();
    private final TokenStream reduction;
    private final CharTermAttribute reduced;
    private final CharArrayMap<char[]> keys = new CharArrayMap<>(MAX_WORDS, false);

    /**
     * @param input lower-cased words
     * @param reduction builds the language's one-to-one filters over the stream it is given
     */
    MemoizedReduction(TokenStream input, Function<TokenStream, TokenStream> reduction) {
        super(input);
        this.reduction = reduction.apply(word);
        this.reduced = word.getAttribute(CharTermAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] key = keys.get(buffer, 0, length);
        if (key == null) {
            char[] surface = Arrays.copyOf(buffer, length);
            word.set(surface);
            reduction.reset();
            if (!reduction.incrementToken()) {
                throw new IllegalStateException("a reduction filter dropped the word '" + new String(surface) + "'");
            }
            key = Arrays.copyOf(reduced.buffer(), reduced.length());
            if (keys.size() >= MAX_WORDS) {
                keys.clear();
            }
            keys.put(surface, key);
        }
        term.copyBuffer(key, 0, key.length);
        return true;
    }

    /** A stream of one word, given before each {@link #reset()}. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] next;
        private boolean emitted;

        void set(char[] word) {
            this.next = word;
        }

        @Override
        public void reset() {
            emitted = false;
        }

        @Override
        public boolean incrementToken() {
            if (emitted) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(next, 0, next.length);
            emitted = true;
            return true;
        }
    }
}
