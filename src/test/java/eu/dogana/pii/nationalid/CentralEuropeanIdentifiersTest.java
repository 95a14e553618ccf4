package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CentralEuropeanIdentifiersTest {

    private final DutchBsnDetector bsns = new DutchBsnDetector();
    private final PolishPeselDetector pesels = new PolishPeselDetector();
    private final AustrianSvnrDetector svnrs = new AustrianSvnrDetector();

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "234567892", "998877669", "101010102", "1112.22.333"})
    void bsnValidatorAcceptsValidNumbers(String bsn) {
        assertThat(DutchBsn.isValid(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "998877669"})
    void bsnValidatorRejectsEverySingleDigitChange(String bsn) {
        assertThat(Detections.singleDigitChanges(bsn)).noneMatch(DutchBsn::isValid);
        assertThat(DutchBsn.isValid("000000000")).isFalse();
    }

    @Test
    void bsnsScoreModestlyAloneAndHighWithContext() {
        assertThat(Detections.score(bsns, "Factuur 123456782 is betaald", "123456782")).isBetween(0.4, 0.5);
        assertThat(Detections.score(bsns, "Mijn BSN is 111 222 333.", "111 222 333")).isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(bsns, "Burgerservicenummer: 1112.22.333", "1112.22.333"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(bsns, "Her Dutch citizen service number 998877669 was wrong", "998877669"))
                .isGreaterThanOrEqualTo(0.85);
        Detections.none(bsns, "Mijn BSN is 111 222 334.");
        Detections.none(bsns, "Telefoon 11 12 22 333 bellen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"44051401359", "02210301232", "99123112343", "80010100000"})
    void peselValidatorAcceptsValidNumbers(String pesel) {
        assertThat(PolishPesel.isValid(pesel)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"44051401359", "02210301232", "99123112343"})
    void peselValidatorRejectsEverySingleDigitChange(String pesel) {
        assertThat(Detections.singleDigitChanges(pesel)).noneMatch(PolishPesel::isValid);
    }

    @Test
    void peselValidatorChecksTheDateWithItsCentury() {
        // 1944-02-30 with a correct check digit
        String body = "4402300135";
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += weights[i] * (body.charAt(i) - '0');
        }
        assertThat(PolishPesel.isValid(body + (10 - sum % 10) % 10)).isFalse();
    }

    @Test
    void findsPeselsInSeveralLanguages() {
        assertThat(Detections.score(pesels, "Mój numer PESEL to 44051401359.", "44051401359"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(pesels, "Seine PESEL: 02210301232", "02210301232"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(pesels, "Order 99123112343 shipped", "99123112343")).isBetween(0.4, 0.6);
        Detections.none(pesels, "Mój numer PESEL to 44051401358.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1237010180", "4568311299", "7899150577", "1001290200", "1237 010180"})
    void svnrValidatorAcceptsValidNumbers(String svnr) {
        assertThat(AustrianSvnr.isValid(svnr)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1237010180", "4568311299", "7899150577"})
    void svnrValidatorRejectsEverySingleDigitChange(String svnr) {
        assertThat(Detections.singleDigitChanges(svnr)).noneMatch(AustrianSvnr::isValid);
    }

    @Test
    void findsSvnrsWithContextRaisingTheScore() {
        assertThat(Detections.score(svnrs, "Sozialversicherungsnummer: 1237 010180", "1237 010180"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(svnrs, "Austrian social security no. 4568311299", "4568311299"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(svnrs, "Rechnung 7899150577 bezahlt", "7899150577")).isBetween(0.4, 0.5);
        Detections.none(svnrs, "Sozialversicherungsnummer: 1238 010180");
    }
}
