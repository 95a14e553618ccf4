package eu.dogana.pii.name;

import eu.dogana.pii.ContextWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * First names, surnames and city names of the {@link NameLocale}s, compiled into one Lucene {@link FST} from folded
 * keys to flags. A key is an entry folded with {@link ContextWords#fold} (lower case, accents removed) whose words
 * are joined by one space, so "Saint-Étienne" is stored as {@code "saint etienne"} and matched by "Saint-Etienne",
 * "SAINT ÉTIENNE" or "saint-étienne". The flags hold one byte per {@link Kind} and one bit per locale within it
 * ({@link NameLocale#bit}); an entry found in several lists carries all their bits.
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
    }

    /** All {@link Kind} bits. */
    private static final long KINDS = 0xFF_FFFFL;

    /** The FST label between two words of a multi-word entry. */
    static final int WORD_SEPARATOR = ' ';

    /** Root arcs are cached for first letters below this code point (Latin, with its accented letters). */
    static final int ROOT_CACHE_LIMIT = 0x250;

    private final FST<Long> fst;
    private final int size;
    /** The root's arc per first letter, or null; read-only after construction, copied by each matcher. */
    private final FST.Arc<Long>[] rootArcs;
    /** The FST outputs are indexes into this table of distinct flag sets, commonest first. */
    private final long[] flagSets;

    private Gazetteer(FST<Long> fst, int size, long[] flagSets) {
        this.fst = fst;
        this.size = size;
        this.flagSets = flagSets;
        this.rootArcs = cacheRootArcs(fst);
    }

    /** The root has one arc per first letter; finding it is the costliest step of a walk, so do it once here. */
    @SuppressWarnings("unchecked")
    private static FST.Arc<Long>[] cacheRootArcs(FST<Long> fst) {
        FST.Arc<Long>[] arcs = new FST.Arc[ROOT_CACHE_LIMIT];
        FST.BytesReader in = fst.getBytesReader();
        FST.Arc<Long> root = fst.getFirstArc(new FST.Arc<>());
        try {
            for (int label = 0; label < ROOT_CACHE_LIMIT; label++) {
                FST.Arc<Long> arc = fst.findTargetArc(label, root, new FST.Arc<>(), in);
                arcs[label] = arc;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading an on-heap FST failed", e);
        }
        return arcs;
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
        // outputs are read (as variable-length longs) at every arc a walk crosses: store small indexes into a table
        // of the few hundred distinct flag sets, the commonest first, instead of the 40-bit flags themselves
        Map<Long, Integer> frequency = new HashMap<>();
        keyed.values().forEach(flags -> frequency.merge(flags, 1, Integer::sum));
        long[] flagSets = frequency.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .mapToLong(Map.Entry::getKey).toArray();
        Map<Long, Long> index = new HashMap<>(flagSets.length * 2);
        for (int i = 0; i < flagSets.length; i++) {
            index.put(flagSets[i], (long) i);
        }
        List<String> keys = new ArrayList<>(keyed.keySet());
        // the FST requires its inputs in code point order, which String.compareTo is not beyond the BMP
        keys.sort(Gazetteer::compareCodePoints);
        // no suffix sharing: it would save ~150 KB but cost a third of the build time, which is paid at startup
        FSTCompiler<Long> compiler =
                new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton())
                        .suffixRAMLimitMB(0)
                        // binary search within a node: direct addressing's bit tables made lookups slower here,
                        // counting presence bits across the wide code point range of first letters
                        .directAddressingMaxOversizingFactor(-1f)
                        .build();
        IntsRefBuilder scratch = new IntsRefBuilder();
        try {
            for (String key : keys) {
                compiler.add(Util.toUTF32(key, scratch), index.get(keyed.get(key)));
            }
            return new Gazetteer(FST.fromFSTReader(compiler.compile(), compiler.getFSTReader()), keys.size(),
                    flagSets);
        } catch (IOException e) {
            throw new UncheckedIOException("on-heap FST compilation failed", e);
        }
    }

    /** The folded key of a phrase: its words, folded, joined by single spaces. */
    public static String key(CharSequence phrase) {
        String folded = ContextWords.fold(phrase);
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
        return size;
    }

    /** Flags of the phrase as a whole entry (folded first); 0 when it is not one. Convenience, not for hot paths. */
    public long flags(CharSequence phrase) {
        String key = key(phrase);
        GazetteerMatcher matcher = matcher();
        return matcher.exact(key);
    }

    /** A fresh, reusable matcher over this gazetteer; not thread-safe, so one per scan. */
    public GazetteerMatcher matcher() {
        return new GazetteerMatcher(fst, rootArcs, flagSets);
    }

    public long ramBytesUsed() {
        return fst.ramBytesUsed() + flagSets.length * Long.BYTES;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @Override
    public String toString() {
        return "Gazetteer[" + size + " keys, " + fst.ramBytesUsed() + " bytes]";
    }

    /** Lazy, once: the JVM runs the initialiser on first access and publishes it safely. */
    private static final class SharedHolder {
        static final Gazetteer INSTANCE = DatafakerLists.load();
    }
}
