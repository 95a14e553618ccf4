package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GermanIdentifiersTest {

    private final GermanTaxIdDetector taxIds = new GermanTaxIdDetector();
    private final GermanIdCardDetector idCards = new GermanIdCardDetector();
    private final GermanHealthInsuranceNumberDetector healthNumbers = new GermanHealthInsuranceNumberDetector();

    @ParameterizedTest
    @ValueSource(strings = {"86095742719", "47036892816", "65847291637", "12345678911", "57394620134",
        "86 095 742 719"})
    void taxIdValidatorAcceptsValidIds(String id) {
        assertThat(GermanTaxId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"86095742719", "47036892816", "57394620134"})
    void taxIdValidatorRejectsEverySingleDigitChange(String id) {
        assertThat(Detections.singleDigitChanges(id)).noneMatch(GermanTaxId::isValid);
    }

    @Test
    void taxIdValidatorAppliesLeadingDigitAndRepetitionRules() {
        // all ten digits different: no repetition
        assertThat(GermanTaxId.isValid("1234567890" + "3")).isFalse();
        // leading zero
        assertThat(GermanTaxId.isValid("06095742719")).isFalse();
        // three ones in a row, whatever the check digit
        for (char check = '0'; check <= '9'; check++) {
            assertThat(GermanTaxId.isValid("1112345678" + check)).isFalse();
        }
    }

    @Test
    void findsTaxIdsInSeveralLanguagesWithExactSpans() {
        assertThat(Detections.score(taxIds, "Meine Steuer-ID lautet 86095742719.", "86095742719"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(taxIds, "Il codice fiscale tedesco è 47 036 892 816, grazie.",
                "47 036 892 816")).isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(taxIds, "Her German tax ID (IdNr) is 65847291637 according to the letter",
                "65847291637")).isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(taxIds, "Referenz 57394620134 erhalten", "57394620134")).isBetween(0.4, 0.5);
    }

    @Test
    void taxIdWithChangedDigitIsNotFound() {
        Detections.none(taxIds, "Meine Steuer-ID lautet 86095742718.");
    }

    @Test
    void idCardValidatorChecksAlphabetAndCheckDigit() {
        assertThat(GermanIdCard.isValid("T22000129")).isTrue();
        assertThat(GermanIdCard.isValid("T220001293")).isTrue();
        assertThat(GermanIdCard.isValid("L01X00T471")).isTrue();
        assertThat(GermanIdCard.isValid("CF4XLM7R21")).isTrue();
        assertThat(GermanIdCard.isValid("T220001294")).isFalse();
        assertThat(GermanIdCard.isValid("T22000A29")).isFalse(); // A is not in the alphabet
        assertThat(Detections.singleDigitChanges("L01X00T471")).noneMatch(GermanIdCard::isValid);
    }

    @Test
    void idCardWithoutCheckDigitNeedsContext() {
        assertThat(Detections.score(idCards, "Personalausweisnummer: T22000129", "T22000129"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(idCards, "Numero della carta d'identità tedesca L01X00T47", "L01X00T47"))
                .isGreaterThanOrEqualTo(0.85);
        Detections.none(idCards, "Die Bestellung T22000129 ist unterwegs.");
    }

    @Test
    void idCardWithCheckDigitScoresAloneWhenItHasLetters() {
        assertThat(Detections.score(idCards, "Dokument T220001293 liegt vor", "T220001293")).isBetween(0.4, 0.6);
        assertThat(Detections.score(idCards, "Identity card no. T220001293", "T220001293"))
                .isGreaterThanOrEqualTo(0.85);
        // all digits: a phone number as much as a card number
        Detections.none(idCards, "Ruf an: 1234567897");
        Detections.single(idCards, "Ausweisnummer 1234567897", "1234567897");
        Detections.none(idCards, "Dokument T220001294 liegt vor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A123456780", "Z987654321", "M471108158", "m471108158"})
    void healthNumberValidatorAcceptsValidNumbers(String number) {
        assertThat(GermanHealthInsuranceNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A123456780", "Z987654321", "M471108158"})
    void healthNumberValidatorRejectsEverySingleDigitChange(String number) {
        assertThat(Detections.singleDigitChanges(number)).noneMatch(GermanHealthInsuranceNumber::isValid);
        assertThat(GermanHealthInsuranceNumber.isValid("B" + number.substring(1))).isFalse();
    }

    @Test
    void findsHealthNumbersWithContextRaisingTheScore() {
        assertThat(Detections.score(healthNumbers, "Krankenversichertennummer: A123456780", "A123456780"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(healthNumbers, "Health insurance no. Z987654321 (TK)", "Z987654321"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(healthNumbers, "Vorgang M471108158 abgeschlossen", "M471108158"))
                .isBetween(0.4, 0.6);
        Detections.none(healthNumbers, "Krankenversichertennummer: A123456781");
    }
}
