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
 * of some detector, then a few array reads per word of the window. Three arrays of the text's word count are made on
 * the first question.
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

    private static final byte UNKNOWN = 0;
    private static final byte IN_NONE = 1;
    private static final byte IN_SOME = 2;

    private final ScanText text;
    // per word of the text: whether it is in ANY, UNKNOWN before it is first asked for
    private final byte[] inAny;
    // per word in ANY: the bits of the sets already asked about, and of those the sets holding it
    private final int[] asked;
    private final int[] holding;

    NationalIdContext(ScanText text) {
        this.text = text;
        this.inAny = new byte[text.wordCount()];
        this.asked = new int[text.wordCount()];
        this.holding = new int[text.wordCount()];
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
        for (int w = lastWord + 1; w < inAny.length && w <= lastWord + window; w++) {
            if (isIn(w, bit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is in the set with {@code bit}: looked up only if it is in {@link #ANY}, once per set. */
    private boolean isIn(int word, int bit) {
        if (inAny[word] == UNKNOWN) {
            inAny[word] = text.isOneOf(word, ANY) ? IN_SOME : IN_NONE;
        }
        if (inAny[word] == IN_NONE) {
            return false;
        }
        if ((asked[word] & bit) == 0) {
            asked[word] |= bit;
            if (text.isOneOf(word, SETS.get(Integer.numberOfTrailingZeros(bit)))) {
                holding[word] |= bit;
            }
        }
        return (holding[word] & bit) != 0;
    }
}
