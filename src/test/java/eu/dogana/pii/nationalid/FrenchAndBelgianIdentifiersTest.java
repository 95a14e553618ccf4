package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchAndBelgianIdentifiersTest {

    private final FrenchNirDetector nirs = new FrenchNirDetector();
    private final BelgianNationalNumberDetector belgian = new BelgianNationalNumberDetector();

    @ParameterizedTest
    @ValueSource(strings = {"255081416802538", "185057800608491", "292057512345668", "171019912345647",
        "280052A12345634", "169042B00101183", "185129912345622", "2 55 08 14 168 025 38"})
    void nirValidatorAcceptsValidNumbersCorsicaIncluded(String nir) {
        assertThat(FrenchNir.isValid(nir)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"255081416802538", "185057800608491", "280052A12345634"})
    void nirValidatorRejectsEverySingleDigitChange(String nir) {
        assertThat(Detections.singleDigitChanges(nir)).noneMatch(FrenchNir::isValid);
    }

    @Test
    void nirValidatorChecksSexMonthAndCorsica() {
        // sex digit 3 with the key recomputed: 355081416802538 would need key 97 - n mod 97
        long n = 3550814168025L;
        assertThat(FrenchNir.isValid("3550814168025" + String.format("%02d", 97 - n % 97))).isFalse();
        long m = 2551314168025L; // month 13
        assertThat(FrenchNir.isValid("2551314168025" + String.format("%02d", 97 - m % 97))).isFalse();
        assertThat(FrenchNir.isValid("280052C12345634")).isFalse();
        assertThat(FrenchNir.isValid("280052B12345634")).isFalse(); // 2B keys differently from 2A
    }

    @Test
    void findsNirsWithAndWithoutSeparators() {
        assertThat(Detections.score(nirs, "Mon numéro de sécurité sociale est le 2 55 08 14 168 025 38.",
                "2 55 08 14 168 025 38")).isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(nirs, "Die französische Sozialversicherungsnummer 185057800608491 fehlt",
                "185057800608491")).isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(nirs, "Ref. 2 80 05 2A 123 456 34 en attente", "2 80 05 2A 123 456 34"))
                .isBetween(0.7, 0.85);
        Detections.none(nirs, "Mon numéro de sécurité sociale est le 2 55 08 14 168 025 39.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003328", "93011234591", "01020312345", "85.07.30-033.28"})
    void belgianValidatorAcceptsValidNumbersBothCenturies(String number) {
        assertThat(BelgianNationalNumber.isValid(number)).isTrue();
    }

    @Test
    void belgianValidatorRejectsChangedDigitsAndImpossibleDates() {
        assertThat(Detections.singleDigitChanges("85073003328")).noneMatch(BelgianNationalNumber::isValid);
        // a changed digit can land on the other century's check ("07020312345" is a valid 1907 number), so for the
        // 2000 rule only the serial and check digits are tried
        assertThat(Detections.singleDigitChanges("01020312345"))
                .filteredOn(changed -> changed.startsWith("010203"))
                .noneMatch(BelgianNationalNumber::isValid);
        assertThat(BelgianNationalNumber.isValid("07020312345")).isTrue();
        // the check digits are right, but 30 February is not a day
        assertThat(BelgianNationalNumber.isValid("92023011162")).isFalse();
    }

    @Test
    void findsBelgianNumbersOfficialFormScoringHigherThanBareDigits() {
        double official = Detections.score(belgian, "Ref. 85.07.30-033.28 ontvangen", "85.07.30-033.28");
        double bare = Detections.score(belgian, "Ref. 85073003328 ontvangen", "85073003328");
        assertThat(official).isGreaterThan(bare);
        assertThat(bare).isBetween(0.4, 0.5);
        assertThat(Detections.score(belgian, "Rijksregisternummer: 85.07.30-033.28", "85.07.30-033.28"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(belgian, "Numéro de registre national 01020312345", "01020312345"))
                .isGreaterThanOrEqualTo(0.85);
        Detections.none(belgian, "Rijksregisternummer: 85.07.30-033.29");
    }
}
