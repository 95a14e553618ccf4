package eu.dogana.pii.special;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Lucene's {@code SnowballFilter}, remembering the stem of each word it has stemmed. Snowball stemmers run a
 * generated program per word that costs several times what Lucene's light stemmers do (the Dutch chain was four
 * times as slow as any other); words follow Zipf's law, so most words of a prompt were seen before and cost one hash
 * probe instead. The memo is bounded: when full it is cleared and refills with what is common now.
 *
 * <p>Not thread-safe, like every token stream: it belongs to one {@link LexiconAnalyzer}, which one thread uses at a
 * time.
 */
final class MemoizedSnowballFilter extends TokenFilter {

    private static final int MAX_WORDS = 50_000;

    private final SnowballStemmer stemmer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

    MemoizedSnowballFilter(TokenStream input, SnowballStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = stems.get(buffer, 0, length);
        if (stem == null) {
            char[] word = Arrays.copyOf(buffer, length);
            stemmer.setCurrent(buffer, length);
            stemmer.stem();
            stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (stems.size() >= MAX_WORDS) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }
}
