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
 * The analysis chain of one {@link LexiconLanguage} for lexicon phrases: {@link WordTokenizer} → lower case →
 * {@linkplain #reduction the language's reduction} (a light stemmer and ASCII folding). Scanned text is not run
 * through this chain: {@link WordKeys} applies the same reduction to each distinct word of the text, once, so both
 * sides reduce to the same keys.
 *
 * <p>Stemmers run before folding because Lucene's light stemmers know their language's accented endings
 * ("-é", "-ção"); folding afterwards makes "chimiothérapie" and "chimiotherapie" meet. German is normalised first
 * (ß, umlauts as "ae/oe/ue") as {@code GermanAnalyzer} does. Polish folds first, because
 * {@link PolishLightStemmer} works on folded endings. No stop words are removed: a phrase such as "member of the
 * union" must match word for word.
 */
final class LexiconAnalyzer extends Analyzer {

    private final LexiconLanguage language;

    LexiconAnalyzer(LexiconLanguage language) {
        this.language = requireNonNull(language, "language is null");
    }

    LexiconLanguage language() {
        return language;
    }

    /**
     * The filters that turn a lower-cased word of {@code language} into its lexicon key. Each maps one token to
     * exactly one, so the reduction of a word does not depend on its neighbours and can be remembered per word.
     */
    static TokenStream reduction(LexiconLanguage language, TokenStream lowerCasedWords) {
        return switch (language) {
            case EN -> new ASCIIFoldingFilter(new EnglishMinimalStemFilter(lowerCasedWords));
            case DE -> new ASCIIFoldingFilter(new GermanLightStemFilter(new GermanNormalizationFilter(lowerCasedWords)));
            case IT -> new ASCIIFoldingFilter(new ItalianLightStemFilter(lowerCasedWords));
            case FR -> new ASCIIFoldingFilter(new FrenchLightStemFilter(lowerCasedWords));
            case ES -> new ASCIIFoldingFilter(new SpanishLightStemFilter(lowerCasedWords));
            case NL -> new ASCIIFoldingFilter(new SnowballFilter(lowerCasedWords, new DutchStemmer()));
            case PL -> new PolishLightStemFilter(new ASCIIFoldingFilter(lowerCasedWords));
            case PT -> new ASCIIFoldingFilter(new PortugueseLightStemFilter(lowerCasedWords));
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        return new TokenStreamComponents(source, reduction(language, new LowerCaseFilter(source)));
    }
}
