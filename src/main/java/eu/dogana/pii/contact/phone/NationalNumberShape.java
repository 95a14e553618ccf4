package eu.dogana.pii.contact.phone;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.StringJoiner;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
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
 * <p>The automaton is kept as a minimal {@link DigitAutomaton} (a few kilobytes, where the compiled one had hundreds
 * of mostly equivalent states over all of Unicode), since the other detectors push it out of the CPU caches between
 * candidates; and several regions tried in turn become one automaton ({@link #anyOf}).
 */
final class NationalNumberShape {

    private final int countryCode;
    private final String trunkPrefix;
    /** The valid national significant numbers, as compiled (deterministic): the input of {@link #anyOf}. */
    private final Automaton significant;
    private final DigitAutomaton validNumbers;

    private NationalNumberShape(int countryCode, String trunkPrefix, Automaton significant) {
        this.countryCode = countryCode;
        this.trunkPrefix = trunkPrefix;
        this.significant = significant;
        this.validNumbers = DigitAutomaton.of(significant);
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
                : Operations.intersection(general, DigitPattern.deterministic(anyType));
        String prefix = metadata.getNationalPrefix();
        return new NationalNumberShape(metadata.getCountryCode(), prefix == null ? "" : prefix,
                DigitPattern.deterministic(valid));
    }

    /**
     * The numbers written nationally (trunk prefix included) that are valid in at least one of {@code shapes}: one
     * automaton answers what trying each region in turn would, in one pass over the digits.
     */
    static DigitAutomaton anyOf(List<NationalNumberShape> shapes) {
        List<Automaton> national = new java.util.ArrayList<>();
        for (NationalNumberShape shape : shapes) {
            national.add(Operations.concatenate(Automata.makeString(shape.trunkPrefix), shape.significant));
        }
        return DigitAutomaton.of(DigitPattern.deterministic(Operations.union(national)));
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
        return length > 0 && validNumbers.accepts(text, from, end, length);
    }

    /** Number of states of the minimal automaton, for tests and sizing. */
    int size() {
        return validNumbers.size();
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
     * The numbers a description admits: its pattern ({@link DigitPattern#automatonOf}) restricted to its possible
     * lengths; null when the description admits none.
     */
    private static Automaton numbersOf(PhoneNumberDesc desc) {
        String pattern = desc.getNationalNumberPattern();
        List<Integer> lengths = desc.getPossibleLengthList();
        if (pattern.isEmpty() || (lengths.size() == 1 && lengths.get(0) == -1)) {
            return null;
        }
        Automaton numbers = DigitPattern.automatonOf(pattern);
        if (lengths.isEmpty()) {
            return numbers; // no lengths of its own: the general description's, checked by the intersection
        }
        StringJoiner anyLength = new StringJoiner("|");
        for (int length : lengths) {
            anyLength.add("[0-9]{" + length + "}");
        }
        return DigitPattern.deterministic(Operations.intersection(numbers,
                DigitPattern.deterministic(new RegExp(anyLength.toString()).toAutomaton())));
    }
}
