package eu.dogana.pii.contact.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A calling code several regions share (+39 Italy and the Vatican, +44 the United Kingdom and the Crown
 * Dependencies, +47 Norway and Svalbard, +358 Finland and Åland): whether the digits written after it form a valid
 * number, decided as {@code isValidNumber(parse("+" + code + digits, …))} decides, without {@code parse} (regex
 * extraction and validation against up to eleven patterns per region, several microseconds a number).
 *
 * <p>What libphonenumber does with those digits, and this class step by step:
 * <ol>
 *   <li>{@code parse} strips the main region's national prefix for parsing ("0" after +44, as in "+44 (0)20 …")
 *       unless the digits fit the general description and the stripped ones do not, and keeps the stripped digits
 *       only when their length is possible for the main region ({@code testNumberLength}: not too short, not
 *       possible only locally, not an invalid length; too long is kept);</li>
 *   <li>{@code isValidNumber} then picks one region: the first, in libphonenumber's order, whose leading-digits rule
 *       starts the number or, for a region without such a rule, under which the number is valid; and the number is
 *       valid exactly when it is valid for that region.</li>
 * </ol>
 * Only main regions whose national prefix for parsing is a plain list of digit strings without a transform rule are
 * supported ({@link #of} is empty otherwise); such numbers keep going through {@code parse}.
 * {@code SharedCallingCodeTest} compares both on many numbers.
 */
final class SharedCallingCode {

    private final int countryCode;
    /** The main region's national prefixes for parsing, in the order its regex alternation tries them. */
    private final List<String> prefixesForParsing;
    /** The main region's general description pattern, without its lengths. */
    private final DigitPattern generalPattern;
    /** The main region's possible lengths, ascending, and those possible only locally, as bits. */
    private final int shortest;
    private final int longest;
    private final long possibleLengths;
    private final long localOnlyLengths;
    private final List<Member> regions;

    /** A region of the code: its valid numbers and its leading-digits rule (null when it has none). */
    private record Member(NationalNumberShape shape, DigitPattern leadingDigits) {
    }

    private SharedCallingCode(int countryCode, List<String> prefixesForParsing, DigitPattern generalPattern,
            List<Integer> possibleLengths, List<Integer> localOnlyLengths, List<Member> regions) {
        this.countryCode = countryCode;
        this.prefixesForParsing = List.copyOf(prefixesForParsing);
        this.generalPattern = generalPattern;
        this.shortest = possibleLengths.get(0);
        this.longest = possibleLengths.get(possibleLengths.size() - 1);
        this.possibleLengths = bits(possibleLengths);
        this.localOnlyLengths = bits(localOnlyLengths);
        this.regions = List.copyOf(regions);
    }

    /**
     * The calling code's regions as libphonenumber knows them; empty when the code has a single region or the main
     * region's national prefix for parsing is more than a list of digit strings.
     */
    static Optional<SharedCallingCode> of(int countryCode) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> regionCodes = util.getRegionCodesForCountryCode(countryCode);
        if (regionCodes.size() < 2) {
            return Optional.empty();
        }
        PhoneMetadata main = metadata(regionCodes.get(0));
        List<String> prefixes = literalAlternatives(main.getNationalPrefixForParsing());
        PhoneNumberDesc general = main.getGeneralDesc();
        List<Integer> lengths = general.getPossibleLengthList();
        if (prefixes == null || !main.getNationalPrefixTransformRule().isEmpty() || lengths.isEmpty()
                || lengths.get(0) < 1 || lengths.get(lengths.size() - 1) >= Long.SIZE
                || !general.getPossibleLengthLocalOnlyList().stream().allMatch(l -> l >= 0 && l < Long.SIZE)) {
            return Optional.empty();
        }
        List<Member> members = new ArrayList<>();
        for (String region : regionCodes) {
            PhoneMetadata metadata = metadata(region);
            members.add(new Member(NationalNumberShape.of(region),
                    metadata.hasLeadingDigits() ? DigitPattern.of(metadata.getLeadingDigits()) : null));
        }
        return Optional.of(new SharedCallingCode(countryCode, prefixes,
                DigitPattern.of(general.getNationalNumberPattern()), lengths,
                general.getPossibleLengthLocalOnlyList(), members));
    }

    int countryCode() {
        return countryCode;
    }

    /**
     * Whether {@code digits}, all digits written after the calling code (none of the code's own), make a valid
     * number.
     */
    boolean isValid(String digits) {
        String national = stripPrefixForParsing(digits);
        if (national.length() < 2) {
            return false; // parse rejects a national significant number this short
        }
        for (Member region : regions) {
            if (region.leadingDigits() != null) {
                if (region.leadingDigits().matchesPrefixOf(national)) {
                    return region.shape().isValidSignificant(national);
                }
            } else if (region.shape().isValidSignificant(national)) {
                return true;
            }
        }
        return false;
    }

    /** The national significant number {@code parse} keeps: {@code maybeStripNationalPrefixAndCarrierCode}. */
    private String stripPrefixForParsing(String digits) {
        if (digits.length() < 2) {
            return digits;
        }
        for (String prefix : prefixesForParsing) {
            if (digits.startsWith(prefix)) {
                String stripped = digits.substring(prefix.length());
                if (generalPattern.matches(digits) && !generalPattern.matches(stripped)) {
                    return digits;
                }
                return hasKeepableLength(stripped.length()) ? stripped : digits;
            }
        }
        return digits;
    }

    /** {@code testNumberLength} answers neither too short, nor possible only locally, nor an invalid length. */
    private boolean hasKeepableLength(int length) {
        if (length < Long.SIZE && (localOnlyLengths & 1L << length) != 0) {
            return false;
        }
        return length == shortest || length > longest || length > shortest && (possibleLengths & 1L << length) != 0;
    }

    private static long bits(List<Integer> lengths) {
        long bits = 0;
        for (int length : lengths) {
            bits |= 1L << length;
        }
        return bits;
    }

    /** {@code "0|180020"} → ["0", "180020"]; null when the pattern is anything but digit strings joined by "|". */
    private static List<String> literalAlternatives(String pattern) {
        if (pattern.isEmpty()) {
            return List.of();
        }
        List<String> alternatives = List.of(pattern.split("\\|", -1));
        for (String alternative : alternatives) {
            if (alternative.isEmpty() || !alternative.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
        }
        return alternatives;
    }

    private static PhoneMetadata metadata(String region) {
        return DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
    }
}
