package eu.dogana.pii.contact;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.StringJoiner;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * What a region's valid numbers look like, taken from libphonenumber's metadata: the trunk prefix ("0" in most of
 * Europe, none in Italy, Spain, Poland, Portugal …) and one deterministic automaton that accepts exactly the national
 * significant numbers {@code PhoneNumberUtil.isValidNumberForRegion} accepts: those matching the region's general
 * description and at least one number type's (fixed line, mobile, toll free, premium rate, shared cost, VoIP,
 * personal, pager, UAN, voicemail), each pattern with its possible lengths.
 *
 * <p>Why an automaton: libphonenumber tests a number against up to eleven {@link java.util.regex.Pattern}s, and a
 * national number without a country is tried for several regions, which made phone validation the most expensive
 * part of a scan. The automaton answers in one pass over the digits without allocating. {@code NationalNumberShapeTest}
 * checks that both agree.
 *
 * <p>Most digit runs a text holds are no number of the region, and a scan tries each against several regions, whose
 * automata (thousands of states each) the other detectors push out of the CPU caches between candidates. So two
 * facts read from the automaton and the metadata reject most runs before it is touched: the digits a valid number
 * can begin with, and the lengths it can have.
 */
final class NationalNumberShape {

    /** Bounds the automaton's construction; the largest European region needs a few thousand states. */
    private static final int DETERMINIZE_WORK_LIMIT = 1_000_000;

    private final int countryCode;
    private final String trunkPrefix;
    private final CharacterRunAutomaton validNumbers;
    /** Bit {@code d} set when a valid national significant number can begin with digit {@code d}. */
    private final int firstDigits;
    /** Bit {@code n} set when a valid national significant number can have {@code n} digits. */
    private final int lengths;

    private NationalNumberShape(int countryCode, String trunkPrefix, CharacterRunAutomaton validNumbers,
            int lengths) {
        this.countryCode = countryCode;
        this.trunkPrefix = trunkPrefix;
        this.validNumbers = validNumbers;
        this.lengths = lengths;
        int first = 0;
        for (int digit = 0; digit <= 9; digit++) {
            if (validNumbers.step(0, '0' + digit) >= 0) {
                first |= 1 << digit;
            }
        }
        this.firstDigits = first;
    }

    static NationalNumberShape of(String region) {
        PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
        if (metadata == null) {
            throw new IllegalArgumentException("no phone metadata for region " + region);
        }
        List<PhoneNumberDesc> types = List.of(metadata.getFixedLine(), metadata.getMobile(), metadata.getTollFree(),
                metadata.getPremiumRate(), metadata.getSharedCost(), metadata.getVoip(), metadata.getPersonalNumber(),
                metadata.getPager(), metadata.getUan(), metadata.getVoicemail());
        Automaton anyType = Automata.makeEmpty();
        for (PhoneNumberDesc type : types) {
            Automaton numbers = numbersOf(type);
            if (numbers != null) {
                anyType = Operations.union(List.of(anyType, numbers));
            }
        }
        Automaton general = numbersOf(metadata.getGeneralDesc());
        Automaton valid = general == null ? Automata.makeEmpty()
                : Operations.intersection(general, deterministic(anyType));
        String prefix = metadata.getNationalPrefix();
        return new NationalNumberShape(metadata.getCountryCode(), prefix == null ? "" : prefix,
                new CharacterRunAutomaton(deterministic(valid)), lengthsOf(metadata.getGeneralDesc()));
    }

    /** The general description's possible lengths as bits, which bound the valid numbers' (all when not listed). */
    private static int lengthsOf(PhoneNumberDesc general) {
        int lengths = 0;
        for (int length : general.getPossibleLengthList()) {
            lengths |= length > 0 && length < Integer.SIZE ? 1 << length : -1;
        }
        return lengths == 0 ? -1 : lengths;
    }

    /**
     * Whether {@code digits}, a number as written nationally, is a valid number of this region: it starts with the
     * trunk prefix where the region has one, and what follows is a valid national significant number.
     */
    boolean isValidNational(String digits) {
        return isValidNational(digits, 0, digits.length(), digits.length());
    }

    /** Whether {@code nsn}, the digits after the calling code, is a valid number of this region. */
    boolean isValidSignificant(String nsn) {
        return accepts(nsn, 0, nsn.length(), nsn.length());
    }

    /**
     * {@link #isValidNational(String)} for the digits of {@code text} between {@code start} and {@code end}, other
     * characters (separators) skipped; {@code digits} is how many there are. No string of the digits is made.
     */
    boolean isValidNational(CharSequence text, int start, int end, int digits) {
        int from = start;
        for (int p = 0; p < trunkPrefix.length(); p++) {
            while (from < end && !isDigit(text.charAt(from))) {
                from++;
            }
            if (from == end || text.charAt(from) != trunkPrefix.charAt(p)) {
                return false;
            }
            from++;
        }
        return accepts(text, from, end, digits - trunkPrefix.length());
    }

    /**
     * Whether the digits of {@code text} between {@code from} and {@code end} (other characters skipped; {@code digits}
     * is how many there are) form a valid national significant number.
     */
    boolean isValidSignificant(CharSequence text, int from, int end, int digits) {
        return accepts(text, from, end, digits);
    }

    private boolean accepts(CharSequence text, int from, int end, int length) {
        if (length <= 0 || length < Integer.SIZE && (lengths & 1 << length) == 0) {
            return false;
        }
        int state = 0;
        boolean first = true;
        for (int i = from; i < end && state >= 0; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (first && (firstDigits & 1 << (c - '0')) == 0) {
                    return false;
                }
                first = false;
                state = validNumbers.step(state, c);
            }
        }
        return state >= 0 && validNumbers.isAccept(state);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    String trunkPrefix() {
        return trunkPrefix;
    }

    int countryCode() {
        return countryCode;
    }

    /**
     * The numbers a description admits: its pattern (libphonenumber's regex syntax is a subset of Lucene's
     * {@link RegExp} once non-capturing groups are plain groups) restricted to its possible lengths; null when the
     * description admits none.
     */
    private static Automaton numbersOf(PhoneNumberDesc desc) {
        String pattern = desc.getNationalNumberPattern();
        List<Integer> lengths = desc.getPossibleLengthList();
        if (pattern.isEmpty() || (lengths.size() == 1 && lengths.get(0) == -1)) {
            return null;
        }
        Automaton numbers = deterministic(new RegExp(pattern.replace("(?:", "(")).toAutomaton());
        if (lengths.isEmpty()) {
            return numbers; // no lengths of its own: the general description's, checked by the intersection
        }
        StringJoiner anyLength = new StringJoiner("|");
        for (int length : lengths) {
            anyLength.add("[0-9]{" + length + "}");
        }
        return deterministic(Operations.intersection(numbers,
                deterministic(new RegExp(anyLength.toString()).toAutomaton())));
    }

    private static Automaton deterministic(Automaton automaton) {
        return Operations.determinize(automaton, DETERMINIZE_WORK_LIMIT);
    }
}
