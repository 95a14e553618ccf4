package eu.dogana.pii.contact;

import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.regex.Pattern;

/**
 * What a region's numbers look like when written nationally, taken from libphonenumber's metadata: the trunk prefix
 * ("0" in most of Europe, none in Italy, Spain, Poland, Portugal …), the possible lengths of the national significant
 * number and the pattern every valid one matches. A cheap filter: a number is validated for a region only when the
 * digits could be one of its numbers at all.
 */
final class NationalNumberShape {

    private final int countryCode;
    private final String trunkPrefix;
    private final boolean[] possibleLength;
    private final Pattern nationalNumber;

    private NationalNumberShape(int countryCode, String trunkPrefix, boolean[] possibleLength, Pattern nationalNumber) {
        this.countryCode = countryCode;
        this.trunkPrefix = trunkPrefix;
        this.possibleLength = possibleLength;
        this.nationalNumber = nationalNumber;
    }

    static NationalNumberShape of(String region) {
        PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
        if (metadata == null) {
            throw new IllegalArgumentException("no phone metadata for region " + region);
        }
        boolean[] lengths = new boolean[18];
        for (int length : metadata.getGeneralDesc().getPossibleLengthList()) {
            if (length < lengths.length) {
                lengths[length] = true;
            }
        }
        String prefix = metadata.getNationalPrefix();
        return new NationalNumberShape(metadata.getCountryCode(), prefix == null ? "" : prefix, lengths,
                Pattern.compile(metadata.getGeneralDesc().getNationalNumberPattern()));
    }

    /**
     * The number {@code digits} (written nationally, {@link #admits admitted}) stands for: the trunk prefix
     * dropped, leading zeros that belong to the number kept (Italy). What {@code PhoneNumberUtil.parse} would make of
     * it, without the extraction regexes that make {@code parse} cost several microseconds.
     */
    Phonenumber.PhoneNumber number(String digits) {
        return significant(digits.substring(trunkPrefix.length()));
    }

    /** The number whose national significant number (written after the calling code) is {@code nsn}. */
    Phonenumber.PhoneNumber significant(String nsn) {
        Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(countryCode)
                .setNationalNumber(Long.parseLong(nsn));
        int zeros = 0;
        while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros > 0) {
            number.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
        }
        return number;
    }

    /**
     * Whether {@code digits}, a number as written nationally, may be one of this region's: it starts with the trunk
     * prefix where the region has one, and what follows has a possible length and matches the region's pattern.
     */
    boolean admits(String digits) {
        return digits.startsWith(trunkPrefix) && admits(digits, trunkPrefix.length());
    }

    /** Whether {@code nsn}, the digits after the calling code, may be one of this region's numbers. */
    boolean admitsSignificant(String nsn) {
        return admits(nsn, 0);
    }

    int trunkPrefixLength() {
        return trunkPrefix.length();
    }

    int countryCode() {
        return countryCode;
    }

    private boolean admits(String digits, int from) {
        int nsnLength = digits.length() - from;
        return nsnLength < possibleLength.length && possibleLength[nsnLength]
                && nationalNumber.matcher(digits).region(from, digits.length()).matches();
    }
}
