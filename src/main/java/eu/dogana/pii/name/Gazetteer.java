package eu.dogana.pii.name;

import eu.dogana.pii.Folding;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * First names, surnames and city names of the {@link NameLocale}s, compiled into one hash table from folded keys to
 * flags ({@link FoldedKeyTable}). A key is an entry folded with {@link Folding#fold} (lower case, accents
 * removed) whose words are joined by one space, so "Saint-Étienne" is stored as {@code "saint etienne"} and matched
 * by "Saint-Etienne", "SAINT ÉTIENNE" or "saint-étienne". The flags hold one byte per {@link Kind} and one bit per
 * locale within it ({@link NameLocale#bit}); an entry found in several lists carries all their bits.
 *
 * <p>Immutable and thread-safe. Lookups go through a {@link GazetteerMatcher}, one per scan. The gazetteer built
 * from Datafaker's locale files is {@link #shared()}: it is built once, on first use, in well under a second.
 */
public final class Gazetteer {

    /** What an entry names. The ordinal is the byte the kind occupies in the flags. */
    public enum Kind {
        FIRST_NAME, SURNAME, CITY;

        /** All locale bits of this kind. */
        public long mask() {
            return 0xFFL << (ordinal() * 8);
        }

        public boolean in(long flags) {
            return (flags & mask()) != 0;
        }
    }

    /**
     * Closed word classes ({@link NameWords}) the rules test, one bit each above the {@link Kind} bytes. A
     * {@link #STOP} word is never a name: the build clears its {@link Kind} bits, whatever list named it.
     */
    public enum WordClass {
        STOP, AMBIGUOUS, PARTICLE, DETERMINER, TITLE_ANY_CASE, TITLE_CAPITALISED, TITLE_WITH_PERIOD, TITLE_ENDING,
        PLACE_PREPOSITION;

        public long bit() {
            return 1L << (32 + ordinal());
        }

        public boolean in(long flags) {
            return (flags & bit()) != 0;
        }

        /**
         * The words of this class, folded: for a rule that asks about this one class only, which can then compare a
         * word with a few dozen words in place instead of looking it up among the gazetteer's keys. A word of the
         * text is among them exactly when its gazetteer flags have this bit.
         */
        public Set<String> words() {
            return NameWords.of(this);
        }
    }

    /** All {@link Kind} bits. */
    private static final long KINDS = 0xFF_FFFFL;

    /** The character between two words of a multi-word key. */
    static final int WORD_SEPARATOR = ' ';

    private final FoldedKeyTable keys;

    private Gazetteer(FoldedKeyTable keys) {
        this.keys = keys;
    }

    /** The gazetteer of Datafaker's name and city lists for every {@link NameLocale}, built on first call. */
    public static Gazetteer shared() {
        return SharedHolder.INSTANCE;
    }

    /**
     * Compiles entries (any case and spelling; they are folded here) to their flags, together with the
     * {@link WordClass word classes}. Entries whose key folds to the same string are merged by OR-ing their flags;
     * entries that fold to nothing are dropped.
     */
    public static Gazetteer of(Map<String, Long> entries) {
        Map<String, Long> merged = new HashMap<>(entries.size() * 2);
        entries.forEach((phrase, flags) -> {
            String key = key(phrase);
            if (!key.isEmpty() && flags != 0) {
                merged.merge(key, flags, (a, b) -> a | b);
            }
        });
        return compile(merged);
    }

    /** Compiles folded keys, adding the word classes; {@code keyed} is changed in place. */
    static Gazetteer compile(Map<String, Long> keyed) {
        NameWords.forEach((word, bit) -> keyed.merge(word, bit, (a, b) -> a | b));
        keyed.replaceAll((key, flags) -> WordClass.STOP.in(flags) ? flags & ~KINDS : flags);
        return new Gazetteer(FoldedKeyTable.of(keyed));
    }

    /** The folded key of a phrase: its words, folded, joined by single spaces. */
    public static String key(CharSequence phrase) {
        String folded = Folding.fold(phrase);
        StringBuilder key = new StringBuilder(folded.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSeparator && !key.isEmpty()) {
                    key.append((char) WORD_SEPARATOR);
                }
                pendingSeparator = false;
                key.appendCodePoint(cp);
            } else {
                pendingSeparator = true;
            }
        }
        return key.toString();
    }

    /** Number of distinct keys. */
    public int size() {
        return keys.size();
    }

    /** Flags of the phrase as a whole entry (folded first); 0 when it is not one. Convenience, not for hot paths. */
    public long flags(CharSequence phrase) {
        String key = key(phrase);
        GazetteerMatcher matcher = matcher();
        return matcher.exact(key);
    }

    /** Calls {@code action} with every key that has a flag in {@code mask}. */
    void forEachKeyWith(long mask, Consumer<String> action) {
        keys.forEachKeyWith(mask, action);
    }

    /** A fresh, reusable matcher over this gazetteer; not thread-safe, so one per scan. */
    public GazetteerMatcher matcher() {
        return new GazetteerMatcher(keys);
    }

    public long ramBytesUsed() {
        return keys.ramBytesUsed();
    }

    @Override
    public String toString() {
        return "Gazetteer[" + keys.size() + " keys, " + keys.ramBytesUsed() + " bytes]";
    }

    /** Lazy, once: the JVM runs the initialiser on first access and publishes it safely. */
    private static final class SharedHolder {
        static final Gazetteer INSTANCE = DatafakerLists.load();
    }
}
