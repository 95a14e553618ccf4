package eu.dogana.pii.contact.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The automaton {@link NationalNumberShape} compiles from libphonenumber's metadata must decide exactly as
 * {@code PhoneNumberUtil.isValidNumberForRegion} does, for every region the phone detector knows: checked on each
 * region's example numbers of every type and on many numbers made from them by changing, adding and dropping digits
 * (valid and invalid alike), plus random digit strings.
 */
class NationalNumberShapeTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void decidesLikeLibphonenumberInEveryEuropeanRegion() {
        Random random = new Random(7);
        int valid = 0;
        int invalid = 0;
        for (String region : PhoneDetector.EUROPEAN_REGIONS) {
            NationalNumberShape shape = NationalNumberShape.of(region);
            for (String nsn : numbersToTry(region, random)) {
                boolean expected = UTIL.isValidNumberForRegion(number(region, nsn), region);
                assertThat(shape.isValidSignificant(nsn)).as("%s %s", region, nsn).isEqualTo(expected);
                assertThat(shape.isValidNational(shape.trunkPrefix() + nsn)).as("%s national %s", region, nsn)
                        .isEqualTo(expected);
                if (expected) {
                    valid++;
                } else {
                    invalid++;
                }
            }
        }
        // both answers must have been exercised, not only rejections
        assertThat(valid).isGreaterThan(1_000);
        assertThat(invalid).isGreaterThan(10_000);
    }

    @Test
    void aNationalNumberNeedsTheTrunkPrefixWhereTheRegionHasOne() {
        NationalNumberShape germany = NationalNumberShape.of("DE");
        assertThat(germany.isValidNational("030 12345678".replace(" ", ""))).isTrue();
        assertThat(germany.isValidNational("3012345678")).isFalse();
        NationalNumberShape italy = NationalNumberShape.of("IT");
        assertThat(italy.trunkPrefix()).isEmpty();
        assertThat(italy.isValidNational("0612345678")).isTrue();
        assertThat(italy.isValidNational("3471234567")).isTrue();
    }

    @Test
    void readsTheDigitsOfATextRangeSkippingSeparators() {
        Random random = new Random(9);
        for (String region : List.of("DE", "IT", "GB", "FR", "AT")) {
            NationalNumberShape shape = NationalNumberShape.of(region);
            for (String nsn : numbersToTry(region, random)) {
                String national = shape.trunkPrefix() + nsn;
                String written = "Tel. (" + national.charAt(0) + ") " + spaced(national.substring(1), random) + " ok";
                int start = written.indexOf('(');
                int end = written.lastIndexOf(' ');
                assertThat(shape.isValidNational(written, start, end, national.length())).as("%s %s", region, written)
                        .isEqualTo(shape.isValidNational(national));
                assertThat(shape.isValidSignificant(written, start, end, national.length()))
                        .as("%s significant %s", region, written).isEqualTo(shape.isValidSignificant(national));
            }
        }
        NationalNumberShape germany = NationalNumberShape.of("DE");
        assertThat(germany.isValidNational("", 0, 0, 0)).isFalse();
        assertThat(germany.isValidNational("- -", 0, 3, 0)).isFalse();
    }

    @Test
    void anyOfSeveralRegionsAcceptsWhatOneOfThemAccepts() {
        Random random = new Random(21);
        List<NationalNumberShape> home = PhoneDetector.DEFAULT_HOME_REGIONS.stream().map(NationalNumberShape::of)
                .toList();
        DigitAutomaton any = NationalNumberShape.anyOf(home);
        int accepted = 0;
        for (String region : PhoneDetector.DEFAULT_HOME_REGIONS) {
            for (String nsn : numbersToTry(region, random)) {
                for (String national : List.of(nsn, "0" + nsn)) {
                    boolean expected = home.stream().anyMatch(shape -> shape.isValidNational(national));
                    assertThat(any.accepts(national, 0, national.length(), national.length())).as(national)
                            .isEqualTo(expected);
                    accepted += expected ? 1 : 0;
                }
            }
        }
        assertThat(accepted).isGreaterThan(500);
    }

    private static String spaced(String digits, Random random) {
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            written.append(digits.charAt(i));
            if (random.nextInt(4) == 0) {
                written.append(" -./\u00a0".charAt(random.nextInt(5)));
            }
        }
        return written.toString();
    }

    private static List<String> numbersToTry(String region, Random random) {
        List<String> numbers = new ArrayList<>();
        for (PhoneNumberType type : PhoneNumberType.values()) {
            PhoneNumber example = UTIL.getExampleNumberForType(region, type);
            if (example == null) {
                continue;
            }
            String nsn = UTIL.getNationalSignificantNumber(example);
            numbers.add(nsn);
            for (int i = 0; i < 60; i++) {
                numbers.add(DigitStrings.mutate(nsn, random));
            }
        }
        for (int i = 0; i < 300; i++) {
            numbers.add(DigitStrings.random(random, 4, 16));
        }
        return numbers;
    }

    /** The number as {@code parse} would make it of national significant digits, leading zeros (Italy) kept. */
    private static PhoneNumber number(String region, String nsn) {
        PhoneNumber number = new PhoneNumber().setCountryCode(UTIL.getCountryCodeForRegion(region))
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
}
