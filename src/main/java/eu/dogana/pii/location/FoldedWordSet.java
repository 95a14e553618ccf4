package eu.dogana.pii.location;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.ScanText;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * Folded words ({@link eu.dogana.pii.Folding#fold}) looked up by a word of a {@link ScanText}, whole ({@link
 * ScanText#isOneOf}: in place, no folded string) or as the end of a longer word. For the suffix test an ASCII word
 * folds to its lower case, so it is compared in place, case-insensitively, with the entries of each length; other
 * words are folded (once per scan, {@link ScanText#foldedWord}).
 */
final class FoldedWordSet {

    private final Set<String> words;
    /** The same words for {@link ScanText#isOneOf}, which compares a word in place. */
    private final ContextWords members;
    /** The entries by length, for the in-place suffix comparison. */
    private final String[][] byLength;

    FoldedWordSet(String... words) {
        this(Arrays.asList(words));
    }

    FoldedWordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.members = ContextWords.of(words);
        int longest = this.words.stream().mapToInt(String::length).max().orElse(0);
        this.byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            byLength[length] = this.words.stream().filter(w -> w.length() == l).toArray(String[]::new);
        }
    }

    /** Whether the word, folded, is an entry. */
    boolean contains(ScanText text, int word) {
        return text.isOneOf(word, members);
    }

    /**
     * Whether the word ends with one of the entries and has at least {@code minPrefix} characters before it
     * ("Hauptstraße" ends with {@code strasse}); counted on the folded word.
     */
    boolean isSuffixOf(ScanText text, int word, int minPrefix) {
        if ((text.wordFlags(word) & ScanText.ALL_ASCII) == 0) {
            String folded = text.foldedWord(word);
            for (String suffix : words) {
                if (folded.length() >= suffix.length() + minPrefix && folded.endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }
        int end = text.wordEnd(word);
        int length = end - text.wordStart(word);
        for (int l = Math.min(length - minPrefix, byLength.length - 1); l > 0; l--) {
            for (String suffix : byLength[l]) {
                if (text.text().regionMatches(true, end - l, suffix, 0, l)) {
                    return true;
                }
            }
        }
        return false;
    }
}
