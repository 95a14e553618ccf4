package eu.dogana.pii.contact.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SharedCallingCode} must decide exactly as {@code isValidNumber(parse(…))} does for every calling code several
 * regions share that a European region has: checked on every region's example numbers of every type, written with
 * and without a national prefix ("+44 (0)20 …") or another prefix for parsing, and on many numbers made from them by
 * changing, adding and dropping digits, plus random digit strings. The phone detector must then find an
 * international number with such a code exactly when libphonenumber finds it valid.
 */
class SharedCallingCodeTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<Integer> SHARED_CODES = List.of(39, 44, 47, 358);

    @Test
    void everySharedEuropeanCodeIsSupported() {
        for (int code : SHARED_CODES) {
            assertThat(SharedCallingCode.of(code)).as("+%d", code).isPresent();
        }
        assertThat(SharedCallingCode.of(49)).as("a code of one region").isEmpty();
    }

    @Test
    void decidesLikeParseAndIsValidNumber() {
        Random random = new Random(11);
        int valid = 0;
        int invalid = 0;
        for (int code : SHARED_CODES) {
            SharedCallingCode shared = SharedCallingCode.of(code).orElseThrow();
            for (String digits : numbersToTry(code, random)) {
                boolean expected = libphonenumberSaysValid("+" + code + digits);
                assertThat(shared.isValid(digits)).as("+%d %s", code, digits).isEqualTo(expected);
                if (expected) {
                    valid++;
                } else {
                    invalid++;
                }
            }
        }
        assertThat(valid).isGreaterThan(500);
        assertThat(invalid).isGreaterThan(5_000);
    }

    @Test
    void theDetectorFindsWhatLibphonenumberValidates() {
        PhoneDetector detector = new PhoneDetector();
        Random random = new Random(5);
        for (int code : SHARED_CODES) {
            for (String digits : numbersToTry(code, random)) {
                for (String window : List.of("+" + code + " " + digits, "00" + code + " " + digits,
                        "+" + code + " (0)" + digits)) {
                    int count = window.replaceAll("[^0-9]", "").length();
                    if (count < 6 || count > 17) {
                        continue;
                    }
                    boolean expected = libphonenumberSaysValid(window);
                    List<String> found = new ArrayList<>();
                    String text = "Nummer " + window + " bitte";
                    detector.detect(new ScanText(text), f -> found.add(text.substring(f.start(), f.end())));
                    assertThat(found).as(window).isEqualTo(expected ? List.of(window) : List.of());
                }
            }
        }
    }

    @Test
    void aNationalPrefixAfterTheCodeIsStrippedOnlyWhereParseStripsIt() {
        SharedCallingCode uk = SharedCallingCode.of(44).orElseThrow();
        assertThat(uk.isValid("2079460958")).isTrue();
        assertThat(uk.isValid("02079460958")).isTrue();
        assertThat(uk.isValid("0")).isFalse();
        assertThat(uk.isValid("")).isFalse();
        SharedCallingCode italy = SharedCallingCode.of(39).orElseThrow();
        assertThat(italy.isValid("0612345678")).isTrue(); // Italy keeps its leading zero: no national prefix
        assertThat(italy.isValid("3471234567")).isTrue();
        assertThat(italy.isValid("0669812345")).isEqualTo(libphonenumberSaysValid("+390669812345")); // Vatican
    }

    private static boolean libphonenumberSaysValid(String number) {
        try {
            return UTIL.isValidNumber(UTIL.parse(number, "DE"));
        } catch (NumberParseException notANumber) {
            return false;
        }
    }

    private static List<String> numbersToTry(int code, Random random) {
        List<String> numbers = new ArrayList<>();
        for (String region : UTIL.getRegionCodesForCountryCode(code)) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                String nsn = UTIL.getNationalSignificantNumber(example);
                for (String prefix : List.of("", "0", "00", "180020", "1")) {
                    numbers.add(prefix + nsn);
                    for (int i = 0; i < 25; i++) {
                        numbers.add(prefix + DigitStrings.mutate(nsn, random));
                    }
                }
            }
        }
        for (int i = 0; i < 400; i++) {
            numbers.add(DigitStrings.random(random, 0, 15));
        }
        return numbers;
    }
}
