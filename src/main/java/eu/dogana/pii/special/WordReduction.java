package eu.dogana.pii.special;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One language's {@linkplain LexiconAnalyzer#reduction reduction} of a single lower-cased word to its lexicon key,
 * run by Lucene's own filters over a stream of that one word, so that it cannot disagree with the chain the lexicon
 * phrases went through.
 *
 * <p>Not thread-safe: it edits one term buffer in place.
 */
final class WordReduction {

    private final OneWord word = new OneWord();
    private final TokenStream filters;
    private final CharTermAttribute key;

    WordReduction(LexiconLanguage language) {
        this.filters = LexiconAnalyzer.reduction(language, word);
        this.key = word.getAttribute(CharTermAttribute.class);
    }

    /** Reduces {@code lowerCased[offset, offset + length)}; the key is valid until the next call. */
    CharTermAttribute reduce(char[] lowerCased, int offset, int length) {
        word.set(lowerCased, offset, length);
        try {
            filters.reset();
            if (!filters.incrementToken()) {
                throw new IllegalStateException("a reduction filter dropped the word '"
                        + new String(lowerCased, offset, length) + "'");
            }
        } catch (IOException e) {
            // the filters read from memory only
            throw new UncheckedIOException(e);
        }
        return key;
    }

    /** A stream of one word, given before each {@link #reset()}. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] chars;
        private int offset;
        private int length;
        private boolean emitted;

        void set(char[] chars, int offset, int length) {
            this.chars = chars;
            this.offset = offset;
            this.length = length;
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
            term.copyBuffer(chars, offset, length);
            emitted = true;
            return true;
        }
    }
}
