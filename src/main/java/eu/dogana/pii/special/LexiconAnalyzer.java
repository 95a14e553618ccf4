package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analysis chain of one {@link LexiconLanguage}, used for lexicon phrases at load and for the scanned text, so
 * that both reduce to the same keys: {@link WordTokenizer} → lower case → a light stemmer → ASCII folding.
 *
 * <p>Stemmers run before folding because Lucene's light stemmers know their language's accented endings
 * ("-é", "-ção"); folding afterwards makes "chimiothérapie" and "chimiotherapie" meet. German is normalised first
 * (ß, umlauts as "ae/oe/ue") as {@code GermanAnalyzer} does. Polish folds first, because
 * {@link PolishLightStemmer} works on folded endings. No stop words are removed: a phrase such as "member of the
 * union" must match word for word.
 *
 * <p>Like every {@link Analyzer}, an instance is thread-safe and keeps one reusable chain per thread.
 */
final class LexiconAnalyzer extends Analyzer {

    private final LexiconLanguage language;

    LexiconAnalyzer(LexiconLanguage language) {
        this.language = requireNonNull(language, "language is null");
    }

    LexiconLanguage language() {
        return language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream lower = new LowerCaseFilter(source);
        TokenStream sink = switch (language) {
            case EN -> new ASCIIFoldingFilter(new EnglishMinimalStemFilter(lower));
            case DE -> new ASCIIFoldingFilter(new GermanLightStemFilter(new GermanNormalizationFilter(lower)));
            case IT -> new ASCIIFoldingFilter(new ItalianLightStemFilter(lower));
            case FR -> new ASCIIFoldingFilter(new FrenchLightStemFilter(lower));
            case ES -> new ASCIIFoldingFilter(new SpanishLightStemFilter(lower));
            case NL -> new ASCIIFoldingFilter(new SnowballFilter(lower, new DutchStemmer()));
            case PL -> new PolishLightStemFilter(new ASCIIFoldingFilter(lower));
            case PT -> new ASCIIFoldingFilter(new PortugueseLightStemFilter(lower));
        };
        return new TokenStreamComponents(source, sink);
    }
}
