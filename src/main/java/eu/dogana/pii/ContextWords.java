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
    /**
     * The longest word, and per ASCII character whether a word begins with it in either case: most words looked up
     * are no context words, and these two tests turn away most of them (numbers, longer words) before hashing.
     */
    private final int longest;
    private final boolean[] asciiInitials = new boolean[0x80];
    /** Whether a word begins with a character outside ASCII ("łódź"), which the table does not cover. */
    private final boolean otherInitials;

    private ContextWords(Set<String> words) {
        this.words = words;
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
        boolean other = false;
        for (String word : words) {
            char first = word.isEmpty() ? 0 : word.charAt(0);
            if (first >= 0x80) {
                other = true;
            } else {
                asciiInitials[Character.toLowerCase(first)] = true;
                asciiInitials[Character.toUpperCase(first)] = true;
            }
        }
        this.otherInitials = other;
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

    /** Whether the ASCII letters and digits {@code text[start, end)} are one of the words, ignoring case. */
    boolean containsAscii(String text, int start, int end) {
        if (end - start > longest || !asciiInitials[text.charAt(start)]) {
            return false;
        }
        return inPlace.containsAscii(text, start, end);
    }

    /** Whether the folded word {@code chars[start, end)} is one of the words, ignoring case. */
    boolean containsInPlace(char[] chars, int start, int end) {
        if (end - start > longest) {
            return false;
        }
        char first = chars[start];
        if (first < 0x80 ? !asciiInitials[first] : !otherInitials) {
            return false;
        }
        return inPlace.contains(chars, start, end);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
