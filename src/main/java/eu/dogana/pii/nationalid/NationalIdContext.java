package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.ScanText;
import java.util.List;

/**
 * Which national-identifier detectors' context words stand around a candidate, shared by all of them. Each detector
 * looks at the same few words next to the same candidates; instead of each looking those words up in its own set,
 * every word is looked up once per text in the union of the sets ({@link #ANY}) and, only when it is there, in the
 * set of each detector that asks, once; the answers are kept per word with one bit per detector ({@link #bitOf}).
 *
 * <p>Cost: one set lookup per word near a candidate, plus one per detector asking about a word that is a context word
 * of some detector, then an array read per word of the window. One array of the text's word count is made on the
 * first question: all that is known of a word is packed in one {@code long}, where three arrays (a byte and two ints
 * per word) made a quarter of the bytes a whole scan allocated.
 */
final class NationalIdContext {

    /** Every detector's context words, in bit order: a detector whose words are not listed here is refused. */
    private static final List<ContextWords> SETS = List.of(
            AustrianSvnrDetector.CONTEXT, BelgianNationalNumberDetector.CONTEXT, DanishCprDetector.CONTEXT,
            DutchBsnDetector.CONTEXT, FinnishHetuDetector.CONTEXT, FrenchNirDetector.CONTEXT,
            GermanHealthInsuranceNumberDetector.CONTEXT, GermanIdCardDetector.CONTEXT, GermanTaxIdDetector.CONTEXT,
            IrishPpsnDetector.CONTEXT, ItalianFiscalCodeDetector.CONTEXT, ItalianVatCodeDetector.CONTEXT,
            PassportDetector.CONTEXT, PolishPeselDetector.CONTEXT, PortugueseNifDetector.CONTEXT,
            SpanishNieDetector.CONTEXT, SpanishNifDetector.CONTEXT, SwedishPersonnummerDetector.CONTEXT);

    private static final ContextWords ANY = SETS.stream().reduce(ContextWords::union).orElseThrow();

    // what is known of a word, in one long: the bits of the sets asked about in the low half, of those the sets
    // holding it in the high half, and two bits of its own for whether it was looked up in ANY and is in it
    private static final int HOLDING_SHIFT = 32;
    private static final long LOOKED_UP = 1L << 62;
    private static final long IN_ANY = 1L << 63;

    static {
        if (SETS.size() > 30) {
            throw new ExceptionInInitializerError("a word's long has room for the bits of 30 sets");
        }
    }

    private final ScanText text;
    // per word of the text, as above: 0 before it is first asked about
    private final long[] known;

    NationalIdContext(ScanText text) {
        this.text = text;
        this.known = new long[text.wordCount()];
    }

    /** The bit of {@code context}: it must be one of the listed sets, compared by identity. */
    static int bitOf(ContextWords context) {
        for (int i = 0; i < SETS.size(); i++) {
            if (SETS.get(i) == context) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("context words not listed in NationalIdContext.SETS");
    }

    /**
     * Whether a word of the set with {@code bit} is among the {@code window} words before word {@code firstWord} or
     * after word {@code lastWord}: {@link ScanText#hasContext} for a candidate spanning those words.
     */
    boolean nearby(int firstWord, int lastWord, int bit, int window) {
        for (int w = firstWord - 1; w >= 0 && w >= firstWord - window; w--) {
            if (isIn(w, bit)) {
                return true;
            }
        }
        for (int w = lastWord + 1; w < known.length && w <= lastWord + window; w++) {
            if (isIn(w, bit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is in the set with {@code bit}: looked up only if it is in {@link #ANY}, once per set. */
    private boolean isIn(int word, int bit) {
        long k = known[word];
        if (k == 0) {
            k = LOOKED_UP | (text.isOneOf(word, ANY) ? IN_ANY : 0);
        }
        if ((k & IN_ANY) == 0) {
            known[word] = k;
            return false;
        }
        if ((k & bit) == 0) {
            k |= bit;
            if (text.isOneOf(word, SETS.get(Integer.numberOfTrailingZeros(bit)))) {
                k |= (long) bit << HOLDING_SHIFT;
            }
        }
        known[word] = k;
        return (k & (long) bit << HOLDING_SHIFT) != 0;
    }
}
