package eu.dogana.pii.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AddressDetectorTest {

    private static final AddressDetector DETECTOR = new AddressDetector();

    private static List<Finding> scan(String text) {
        List<Finding> found = new ArrayList<>();
        DETECTOR.detect(new ScanText(text), found::add);
        found.forEach(f -> assertThat(f.type()).isEqualTo(EntityType.LOCATION));
        found.forEach(f -> assertThat(f.detector()).isEqualTo("address"));
        return found;
    }

    /** Asserts the findings' (value, start, end, score), offsets taken from the expected values in order. */
    private static void assertLocations(String text, Object... valueScorePairs) {
        List<Tuple> expected = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < valueScorePairs.length; i += 2) {
            String value = (String) valueScorePairs[i];
            int start = text.indexOf(value, from);
            assertThat(start).as("test text contains %s", value).isNotNegative();
            expected.add(tuple(value, start, start + value.length(), valueScorePairs[i + 1]));
            from = start + value.length();
        }
        assertThat(scan(text)).extracting(f -> f.valueIn(text), Finding::start, Finding::end, Finding::score)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void germanStreetWithFusedTypeAndPostcode() {
        String text = "Herr Müller wohnt in der Hauptstraße 5, 10115 Berlin";
        assertThat(scan(text)).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(25);
            assertThat(f.end()).isEqualTo(text.length());
            assertThat(f.score()).isEqualTo(AddressDetector.STREET);
        });
        assertLocations("Lieferung an Berliner Straße 12a in 80331 München.",
                "Berliner Straße 12a", AddressDetector.STREET, "80331 München", AddressDetector.POSTCODE_KNOWN_CITY);
        assertLocations("Adresse: Karl-Marx-Str. 7", "Karl-Marx-Str. 7", AddressDetector.STREET);
    }

    @Test
    void frenchNumberBeforeStreetType() {
        assertLocations("Mme Dupont habite 12 rue de Rivoli, 75001 Paris",
                "12 rue de Rivoli, 75001 Paris", AddressDetector.STREET);
    }

    @Test
    void polishAbbreviatedStreetAndPostcode() {
        String text = "Jan Kowalski mieszka przy ul. Długa 5, 00-950 Warszawa";
        assertThat(scan(text)).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(26);
            assertThat(f.end()).isEqualTo(54);
        });
    }

    @Test
    void dutchCanalAndPostcodeWithLetters() {
        assertLocations("Dhr. de Vries woont op Keizersgracht 123, 1015 CJ Amsterdam",
                "Keizersgracht 123, 1015 CJ Amsterdam", AddressDetector.STREET);
        assertLocations("Postcode 3511 AB Xyzdorp klopt.", "3511 AB Xyzdorp", AddressDetector.POSTCODE_SPECIFIC);
    }

    @Test
    void spanishAndItalianTypeBeforeName() {
        assertLocations("La señora García vive en la Calle Mayor 10, 28013 Madrid",
                "Calle Mayor 10, 28013 Madrid", AddressDetector.STREET);
        assertLocations("Abito in via Giuseppe Garibaldi, 5 a Milano.",
                "via Giuseppe Garibaldi, 5", AddressDetector.STREET, "Milano", AddressDetector.CITY_AFTER_PREPOSITION);
        assertLocations("Sede: Piazza della Repubblica 1, 50123 Firenze",
                "Piazza della Repubblica 1, 50123 Firenze", AddressDetector.STREET);
    }

    @Test
    void portugueseStreetAndPostcode() {
        assertLocations("Moro na Rua Augusta 27, 1100-048 Lisboa.",
                "Rua Augusta 27, 1100-048 Lisboa", AddressDetector.STREET);
    }

    @Test
    void englishStreetTypeAfterNameAndBritishPostcode() {
        assertLocations("Send it to 10 Downing Street, London SW1A 2AA please.",
                "10 Downing Street, London SW1A 2AA", AddressDetector.STREET);
        assertLocations("He lived at 221B Baker Street.", "221B Baker Street", AddressDetector.STREET);
        assertLocations("Postcode M1 1AE only", "M1 1AE", AddressDetector.POSTCODE_SPECIFIC);
    }

    @Test
    void knownCityAfterPreposition() {
        assertLocations("Ich fahre morgen nach München und dann in Frankfurt.",
                "München", AddressDetector.CITY_AFTER_PREPOSITION, "Frankfurt", AddressDetector.CITY_AFTER_PREPOSITION);
        assertLocations("Je vais à Aix-en-Provence.", "Aix-en-Provence", AddressDetector.CITY_AFTER_PREPOSITION);
        assertLocations("Wyjeżdżam w Warszawa.", "Warszawa", AddressDetector.CITY_AFTER_PREPOSITION);
    }

    @Test
    void numbersWithoutStreetOrCityAreNoAddress() {
        assertThat(scan("Das kostet 12000 Euro und betrifft 50000 Einwohner.")).isEmpty();
        assertThat(scan("Am 3. Mai 2024 um 10 Uhr, Ticket 12345.")).isEmpty();
        assertThat(scan("Paris Hilton visited the Louvre; Paris is big.")).isEmpty();
        assertThat(scan("Version 2 Release Notes")).isEmpty();
    }

    @Test
    void emptyText() {
        assertThat(scan("")).isEmpty();
    }
}
