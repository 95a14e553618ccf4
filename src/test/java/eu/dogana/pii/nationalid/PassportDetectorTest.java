package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassportDetectorTest {

    private final PassportDetector passports = new PassportDetector();

    @Test
    void findsNationalPatternsNextToPassportWordsInEachLanguage() {
        assertThat(Detections.score(passports, "Passport number: YA1234567", "YA1234567")).isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(passports, "Meine Reisepassnummer ist C01X00T47.", "C01X00T47"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(passports, "Numero di passaporto YA 1234567", "YA 1234567"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(passports, "Numéro de passeport : 12AB34567", "12AB34567"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(passports, "Número de pasaporte XDC123456", "XDC123456"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(passports, "Mijn paspoort NW12K3P45 is verlopen", "NW12K3P45"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(passports, "Numer paszportu: EA7654321", "EA7654321"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(passports, "Número do passaporte P123456", "P123456"))
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void otherEightOrNineCharacterNumbersScoreLowerWithContext() {
        double generic = Detections.score(passports, "US passport 123456789", "123456789");
        assertThat(generic).isBetween(0.6, 0.85);
    }

    @Test
    void nothingWithoutContext() {
        Detections.none(passports, "Flight YA1234567 departs at 10:40");
        Detections.none(passports, "Bestellung C01X00T47 versandt");
    }

    @Test
    void wordsWithoutDigitsAreNotPassportNumbers() {
        Detections.none(passports, "Passport number: ABCDEFGH, 12");
    }
}
