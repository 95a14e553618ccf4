package eu.dogana.pii;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that make a nearby candidate more likely to be what it looks like ("IBAN", "Steuer-ID", "codice fiscale",
 * "né le" …). Stored folded — lower case, accents removed — and compared against the folded words of a
 * {@link ScanText}, so "Geburtsdatum", "GEBURTSDATUM" and "geburtsdátum" all match.
 */
public final class ContextWords {

    private final Set<String> words;
    /**
     * The same words, for comparison with characters in place: an ASCII word of the text as it is (its folded form
     * is its lower case, and the table ignores case), any other folded into a buffer ({@link Folding#foldInto}).
     */
    private final CaseInsensitiveWordTable inPlace;
    private ContextWords(Set<String> words) {
        this.words = words;
        this.inPlace = new CaseInsensitiveWordTable(words);
    }

    /**
     * Each entry may be a phrase; every word of it with three or more letters becomes a context word (the short
     * ones, "di", "de", "le", are too common to mean anything alone).
     */
    public static ContextWords of(Collection<String> phrases) {
        return new ContextWords(phrases.stream()
                .flatMap(phrase -> Arrays.stream(phrase.split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() >= 3 || phrases.contains(word))
                .map(Folding::fold)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public static ContextWords of(String... phrases) {
        return of(Arrays.asList(phrases));
    }

    public ContextWords union(ContextWords other) {
        return new ContextWords(Set.copyOf(
                java.util.stream.Stream.concat(words.stream(), other.words.stream()).collect(Collectors.toSet())));
    }

    public boolean contains(String foldedWord) {
        return words.contains(foldedWord);
    }

    /** The word the ASCII letters and digits {@code text[start, end)} are, ignoring case; null when none. */
    String findAscii(String text, int start, int end) {
        return inPlace.findAscii(text, start, end);
    }

    /** The word the folded {@code chars[start, end)} is, ignoring case; null when none. */
    String findInPlace(char[] chars, int start, int end) {
        return inPlace.find(chars, start, end);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
