/**
 * GDPR Art. 9(1) special categories and Art. 10 criminal data, found as topics of a text from lexicons a DPO can
 * review: {@code src/main/resources/pii/lexicons/<language>/<type>.txt} (format in the README beside them and in
 * {@link eu.dogana.pii.special.LexiconReader}). {@link eu.dogana.pii.special.SpecialCategoryDetector} is the entry
 * point; {@link eu.dogana.pii.special.LanguageGuess} picks the languages, {@link
 * eu.dogana.pii.special.LexiconAnalyzer} is one language's Lucene chain, {@link eu.dogana.pii.special.KeyedWords}
 * a text's words with their keys in every language, and {@link eu.dogana.pii.special.PhraseMatcher} the compiled
 * lexicon and its one-pass matcher.
 */
package eu.dogana.pii.special;
