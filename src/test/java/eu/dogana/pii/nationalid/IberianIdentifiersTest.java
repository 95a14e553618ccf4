package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IberianIdentifiersTest {

    private final SpanishNifDetector nifs = new SpanishNifDetector();
    private final SpanishNieDetector nies = new SpanishNieDetector();
    private final PortugueseNifDetector portuguese = new PortugueseNifDetector();

    @ParameterizedTest
    @ValueSource(strings = {"12345678Z", "00000023T", "48392014Z", "71234560H", "12.345.678-Z", "12345678-z",
        "A58123456", "B12345674", "P2800000H", "Q2818001F"})
    void nifValidatorAcceptsDniAndCompanyNumbers(String nif) {
        assertThat(SpanishNif.isValid(nif)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678Z", "48392014Z", "71234560H"})
    void nifValidatorRejectsEverySingleDigitChange(String nif) {
        assertThat(Detections.singleDigitChanges(nif)).noneMatch(SpanishNif::isValid);
    }

    @Test
    void nifValidatorRejectsWrongLettersAndControlKinds() {
        assertThat(SpanishNif.isValid("12345678A")).isFalse();
        // P companies take a letter control, A companies a digit
        assertThat(SpanishNif.isValid("P28000008")).isFalse();
        assertThat(SpanishNif.isValid("A5812345F")).isFalse();
    }

    @Test
    void findsDniNumbersInSeveralLanguages() {
        assertThat(Detections.score(nifs, "Mi DNI es 12345678Z y vivo en Madrid.", "12345678Z"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(nifs, "Der spanische Ausweis 12.345.678-Z ist abgelaufen", "12.345.678-Z"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(nifs, "Customer 48392014Z called twice", "48392014Z")).isBetween(0.7, 0.85);
        assertThat(Detections.score(nifs, "Pedido de B12345674 recibido", "B12345674")).isBetween(0.4, 0.6);
        Detections.none(nifs, "Mi DNI es 12345679Z y vivo en Madrid.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X1234567L", "Y7654321G", "Z0011223G", "X-1234567-L", "x1234567l"})
    void nieValidatorAcceptsValidNumbers(String nie) {
        assertThat(SpanishNie.isValid(nie)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X1234567L", "Y7654321G"})
    void nieValidatorRejectsEverySingleDigitChangeAndOtherPrefixes(String nie) {
        assertThat(Detections.singleDigitChanges(nie)).noneMatch(SpanishNie::isValid);
        assertThat(SpanishNie.isValid("W" + nie.substring(1))).isFalse();
    }

    @Test
    void findsNiesAloneWithHighScore() {
        assertThat(Detections.score(nies, "Mon NIE: X-1234567-L", "X-1234567-L")).isEqualTo(1.0);
        assertThat(Detections.score(nies, "Il cliente Y7654321G ha chiamato", "Y7654321G"))
                .isGreaterThanOrEqualTo(0.85);
        Detections.none(nies, "Il cliente Y7654322G ha chiamato");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "500000000", "258741368", "987654322", "451234561", "123 456 789"})
    void portugueseValidatorAcceptsValidNumbers(String nif) {
        assertThat(PortugueseNif.isValid(nif)).isTrue();
    }

    @Test
    void portugueseValidatorRejectsChangedDigitsAndUnknownHolderKinds() {
        assertThat(PortugueseNif.isValid("123456788")).isFalse();
        assertThat(PortugueseNif.isValid("123456779")).isFalse();
        assertThat(PortugueseNif.isValid("223456789")).isFalse();
        assertThat(PortugueseNif.isValid("012345678")).isFalse();
        assertThat(PortugueseNif.isValid("412345675")).isFalse();
    }

    @Test
    void portugueseNifsScoreModestlyAloneAndHighWithContext() {
        assertThat(Detections.score(portuguese, "Encomenda 258741368 enviada", "258741368")).isBetween(0.4, 0.5);
        assertThat(Detections.score(portuguese, "O meu NIF é 123 456 789.", "123 456 789"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(portuguese, "Número de contribuinte: 258741368", "258741368"))
                .isGreaterThanOrEqualTo(0.85);
        Detections.none(portuguese, "O meu NIF é 123 456 788.");
        // an odd grouping is not how anyone writes a NIF: only with context
        Detections.none(portuguese, "Encomenda 12 34 56 789 enviada");
        Detections.single(portuguese, "NIF 12 34 56 789", "12 34 56 789");
    }
}
