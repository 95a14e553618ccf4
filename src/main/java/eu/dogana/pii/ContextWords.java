package eu.dogana.pii;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Words that make a nearby candidate more likely to be what it looks like ("IBAN", "Steuer-ID", "codice fiscale",
 * "né le" …). Stored folded — lower case, accents removed — and compared against the folded words of a
 * {@link ScanText}, so "Geburtsdatum", "GEBURTSDATUM" and "geburtsdátum" all match.
 */
public final class ContextWords {

    private final Set<String> words;
    /**
     * The same words for the common case of a word of the text that is all ASCII, whose folded form is its lower
     * case: compared in place, ignoring case, so that no folded string is made for it.
     */
    private final CharArraySet asciiWords;

    private ContextWords(Set<String> words) {
        this.words = words;
        // sparse: most words looked up are not context words, and a miss probes until it meets an empty slot
        CharArraySet ascii = new CharArraySet(4 * words.size(), true);
        ascii.addAll(words);
        this.asciiWords = CharArraySet.unmodifiableSet(ascii);
    }

    /**
     * Each entry may be a phrase; every word of it with three or more letters becomes a context word (the short
     * ones, "di", "de", "le", are too common to mean anything alone).
     */
    public static ContextWords of(Collection<String> phrases) {
        return new ContextWords(phrases.stream()
                .flatMap(phrase -> Arrays.stream(phrase.split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() >= 3 || phrases.contains(word))
                .map(ContextWords::fold)
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

    /** Whether {@code chars[start, end)}, all ASCII letters and digits, is one of the words, ignoring case. */
    boolean containsAscii(char[] chars, int start, int end) {
        return asciiWords.contains(chars, start, end - start);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Lower case (root locale), then canonical decomposition with the combining marks dropped. */
    public static String fold(CharSequence word) {
        String lower = word.toString().toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c == 'ß' ? "ss" : String.valueOf(c));
            }
        }
        return folded.toString();
    }
}
