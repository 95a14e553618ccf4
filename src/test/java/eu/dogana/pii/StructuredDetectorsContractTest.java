package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.contact.EmailDetector;
import eu.dogana.pii.contact.UrlDetector;
import eu.dogana.pii.contact.phone.PhoneDetector;
import eu.dogana.pii.date.DateDetector;
import eu.dogana.pii.finance.CreditCardDetector;
import eu.dogana.pii.finance.CryptoDetector;
import eu.dogana.pii.finance.EuVatDetector;
import eu.dogana.pii.finance.IbanDetector;
import eu.dogana.pii.network.IpAddressDetector;
import eu.dogana.pii.network.MacAddressDetector;
import eu.dogana.pii.secret.SecretDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every structured detector owes whatever the input: no exception, findings inside the text, stable ids and
 * the same answer twice. The inputs are random strings over the characters the detectors trigger on, so that
 * half-formed candidates at every position and at the end of the text are tried.
 */
class StructuredDetectorsContractTest {

    private static final List<Detector> DETECTORS = List.of(new EmailDetector(), new PhoneDetector(),
            new UrlDetector(), new IbanDetector(), new CreditCardDetector(), new CryptoDetector(), new EuVatDetector(),
            new IpAddressDetector(), new MacAddressDetector(), new SecretDetector(), new DateDetector());

    private static final String ALPHABET = "0123456789012345678901234567890123456789abcdefxABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "    ..::--//@@++==__()'\"\n\tüßéñłAKIAeyJ-----BEGIN PRIVATE KEY-----wwwhttp://bc1qDEATUITFRNLB"
            + "passwordpwd:tel+49 marzo März nato born 0x";

    @Test
    void idsAreDistinctAndTypesDeclared() {
        Set<String> ids = new HashSet<>();
        for (Detector detector : DETECTORS) {
            assertThat(ids.add(detector.id())).as("id %s used twice", detector.id()).isTrue();
            assertThat(detector.types()).isNotEmpty();
        }
    }

    @Test
    void randomInputNeverBreaksADetector() {
        Random random = new Random(20250101L);
        for (int round = 0; round < 3000; round++) {
            int length = 1 + random.nextInt(round % 10 == 0 ? 400 : 40);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = text.toString();
            for (Detector detector : DETECTORS) {
                new DetectorHarness(detector).scan(input);
            }
        }
    }

    @Test
    void emptyAndTinyTexts() {
        for (Detector detector : DETECTORS) {
            DetectorHarness harness = new DetectorHarness(detector);
            for (String text : List.of("", "@", ":", "::", "+", "0", "-----BEGIN ", "eyJ", "www.", "1.", "DE",
                    "http://", "password=", "3 marzo", "0x", "bc1")) {
                harness.scan(text);
            }
        }
    }
}
