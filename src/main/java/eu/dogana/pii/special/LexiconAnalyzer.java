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
 * that both reduce to the same keys: {@link WordTokenizer} → lower case → a light stemmer → ASCII folding, the last
 * two per distinct word only ({@link MemoizedReduction}).
 *
 * <p>Stemmers run before folding because Lucene's light stemmers know their language's accented endings
 * ("-é", "-ção"); folding afterwards makes "chimiothérapie" and "chimiotherapie" meet. German is normalised first
 * (ß, umlauts as "ae/oe/ue") as {@code GermanAnalyzer} does. Polish folds first, because
 * {@link PolishLightStemmer} works on folded endings. No stop words are removed: a phrase such as "member of the
 * union" must match word for word.
 *
 * <p>Unlike a stock {@link Analyzer}, an instance keeps <em>one</em> reusable chain of its own instead of one per
 * thread: the gateway scans on a new virtual thread per request, where per-thread reuse would rebuild the chain on
 * every scan (measured: ~300 µs instead of ~40 µs for a short prompt). So an instance serves one thread at a time;
 * {@link PhraseMatcher} pools them.
 */
final class LexiconAnalyzer extends Analyzer {

    private final LexiconLanguage language;

    LexiconAnalyzer(LexiconLanguage language) {
        super(new OwnChain());
        this.language = requireNonNull(language, "language is null");
    }

    /** Reuse of the one chain of its analyzer; safe because an analyzer is used by one thread at a time. */
    private static final class OwnChain extends ReuseStrategy {
        private TokenStreamComponents components;

        @Override
        public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            return components;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents components) {
            this.components = components;
        }
    }

    LexiconLanguage language() {
        return language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream lower = new LowerCaseFilter(source);
        TokenStream sink = new MemoizedReduction(lower, words -> switch (language) {
            case EN -> new ASCIIFoldingFilter(new EnglishMinimalStemFilter(words));
            case DE -> new ASCIIFoldingFilter(new GermanLightStemFilter(new GermanNormalizationFilter(words)));
            case IT -> new ASCIIFoldingFilter(new ItalianLightStemFilter(words));
            case FR -> new ASCIIFoldingFilter(new FrenchLightStemFilter(words));
            case ES -> new ASCIIFoldingFilter(new SpanishLightStemFilter(words));
            case NL -> new ASCIIFoldingFilter(new SnowballFilter(words, new DutchStemmer()));
            case PL -> new PolishLightStemFilter(new ASCIIFoldingFilter(words));
            case PT -> new ASCIIFoldingFilter(new PortugueseLightStemFilter(words));
        });
        return new TokenStreamComponents(source, sink);
    }
}
