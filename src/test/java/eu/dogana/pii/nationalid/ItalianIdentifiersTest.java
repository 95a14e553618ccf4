package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItalianIdentifiersTest {

    private final ItalianFiscalCodeDetector fiscalCodes = new ItalianFiscalCodeDetector();
    private final ItalianVatCodeDetector vatCodes = new ItalianVatCodeDetector();

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S", "BNCLRA92E45F205F", "VRDGPP70A01H501S", "MRNFNC81C52L219Z",
        "RSSMRA85T10A56NH", "rssmra85t10a562s"})
    void fiscalCodeValidatorAcceptsValidCodesAndOmocodia(String code) {
        assertThat(ItalianFiscalCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S", "BNCLRA92E45F205F", "MRNFNC81C52L219Z"})
    void fiscalCodeValidatorRejectsEverySingleDigitChange(String code) {
        assertThat(Detections.singleDigitChanges(code)).noneMatch(ItalianFiscalCode::isValid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562T", "RSSMRA85Z10A562S", "RSSMRA85T32A562S", "RSSMRA85T00A562S",
        "RSSMR485T10A562S", "RSSMRA85T10A562", "RSSMRA85T72A562S"})
    void fiscalCodeValidatorRejectsWrongCheckMonthDayAndShape(String code) {
        assertThat(ItalianFiscalCode.isValid(code)).isFalse();
    }

    @Test
    void findsFiscalCodesWithExactSpansInAnyLanguage() {
        assertThat(Detections.score(fiscalCodes, "Il mio codice fiscale è RSSMRA85T10A562S, grazie.",
                "RSSMRA85T10A562S")).isEqualTo(1.0);
        assertThat(Detections.score(fiscalCodes, "Herr Rossi (RSSMRA85T10A562S) wohnt seit 2019 in München.",
                "RSSMRA85T10A562S")).isGreaterThanOrEqualTo(0.85);
        Detections.single(fiscalCodes, "Please update the record for bnclra92e45f205f today", "bnclra92e45f205f");
        Detections.single(fiscalCodes, "Son code: RSSMRA85T10A56NH.", "RSSMRA85T10A56NH");
    }

    @Test
    void fiscalCodeWithChangedDigitIsNotFound() {
        Detections.none(fiscalCodes, "Il mio codice fiscale è RSSMRA86T10A562S, grazie.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01234560017", "12345670017", "07735410156", "13579240121", "IT07735410156"})
    void vatValidatorAcceptsValidCodes(String code) {
        assertThat(ItalianVatCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345670017", "07735410156", "13579240121"})
    void vatValidatorRejectsEverySingleDigitChangeOrUnknownOffice(String code) {
        assertThat(Detections.singleDigitChanges(code)).noneMatch(ItalianVatCode::isValid);
    }

    @Test
    void vatValidatorRejectsUnknownOfficeAndZeroHolder() {
        // Luhn-valid, but office 789 does not exist
        assertThat(ItalianVatCode.isValid("01234567897")).isFalse();
        assertThat(ItalianVatCode.isValid("00000000000")).isFalse();
    }

    @Test
    void vatCodesScoreModestlyAloneHigherWithPrefixOrContext() {
        assertThat(Detections.score(vatCodes, "Riferimento 07735410156 del 3 marzo", "07735410156"))
                .isBetween(0.4, 0.5);
        assertThat(Detections.score(vatCodes, "Fattura a IT07735410156 emessa", "IT07735410156"))
                .isGreaterThan(0.5);
        assertThat(Detections.score(vatCodes, "Partita IVA: 07735410156", "07735410156"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(vatCodes, "USt-IdNr. der Firma: IT 07735410156.", "IT 07735410156"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(vatCodes, "Numéro de TVA intracommunautaire 13579240121", "13579240121"))
                .isGreaterThanOrEqualTo(0.85);
        Detections.none(vatCodes, "Partita IVA: 07735410157");
    }
}
