package eu.dogana.pii.special;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link PolishLightStemmer} to each token, in place. Expects lower-cased, accent-folded input. */
final class PolishLightStemFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    PolishLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        termAtt.setLength(PolishLightStemmer.stem(termAtt.buffer(), termAtt.length()));
        return true;
    }
}
