package eu.dogana.pii.contact;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.regex.Pattern;

/**
 * What a region's numbers look like when written nationally, taken from libphonenumber's metadata: the trunk prefix
 * ("0" in most of Europe, none in Italy, Spain, Poland, Portugal …), the possible lengths of the national significant
 * number and the pattern every valid one matches. A cheap filter: {@code findNumbers} is called for a region only
 * when the digits could be one of its numbers at all.
 */
final class NationalNumberShape {

    private final String trunkPrefix;
    private final boolean[] possibleLength;
    private final Pattern nationalNumber;

    private NationalNumberShape(String trunkPrefix, boolean[] possibleLength, Pattern nationalNumber) {
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
        return new NationalNumberShape(prefix == null ? "" : prefix, lengths,
                Pattern.compile(metadata.getGeneralDesc().getNationalNumberPattern()));
    }

    /**
     * Whether {@code digits}, a number as written nationally, may be one of this region's: it starts with the trunk
     * prefix where the region has one, and what follows has a possible length and matches the region's pattern.
     */
    boolean admits(String digits) {
        if (!digits.startsWith(trunkPrefix)) {
            return false;
        }
        int nsnLength = digits.length() - trunkPrefix.length();
        return nsnLength < possibleLength.length && possibleLength[nsnLength]
                && nationalNumber.matcher(digits).region(trunkPrefix.length(), digits.length()).matches();
    }
}
