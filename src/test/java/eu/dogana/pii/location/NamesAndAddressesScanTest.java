package eu.dogana.pii.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.name.PersonDetector;
import eu.dogana.pii.scan.PiiScanner;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Both detectors behind the scanner, as the gateway runs them: one sentence per language, overlaps resolved. */
class NamesAndAddressesScanTest {

    private static final PiiScanner SCANNER = new PiiScanner(List.of(new PersonDetector(), new AddressDetector()));

    private static void assertFindings(String text, Object... typeValuePairs) {
        List<Tuple> expected = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeValuePairs.length; i += 2) {
            String value = (String) typeValuePairs[i + 1];
            int start = text.indexOf(value, from);
            assertThat(start).as("test text contains %s", value).isNotNegative();
            expected.add(tuple(typeValuePairs[i], start, start + value.length()));
            from = start + value.length();
        }
        assertThat(SCANNER.scan(text)).extracting(Finding::type, Finding::start, Finding::end)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void oneSentencePerLanguage() {
        assertFindings("Ho parlato con Mario Rossi ieri, abita in Via Roma 12, 00184 Roma.",
                EntityType.PERSON, "Mario Rossi", EntityType.LOCATION, "Via Roma 12, 00184 Roma");
        assertFindings("Herr Müller wohnt in der Hauptstraße 5, 10115 Berlin",
                EntityType.PERSON, "Müller", EntityType.LOCATION, "Hauptstraße 5, 10115 Berlin");
        assertFindings("Mme Dupont habite 12 rue de Rivoli, 75001 Paris",
                EntityType.PERSON, "Dupont", EntityType.LOCATION, "12 rue de Rivoli, 75001 Paris");
        assertFindings("Jan Kowalski mieszka przy ul. Długa 5, 00-950 Warszawa",
                EntityType.PERSON, "Jan Kowalski", EntityType.LOCATION, "ul. Długa 5, 00-950 Warszawa");
        assertFindings("Dhr. de Vries woont op Keizersgracht 123, 1015 CJ Amsterdam",
                EntityType.PERSON, "de Vries", EntityType.LOCATION, "Keizersgracht 123, 1015 CJ Amsterdam");
        assertFindings("La señora García vive en la Calle Mayor 10, 28013 Madrid",
                EntityType.PERSON, "García", EntityType.LOCATION, "Calle Mayor 10, 28013 Madrid");
        assertFindings("O Sr. João Pereira mora na Rua Augusta 27, 1100-048 Lisboa.",
                EntityType.PERSON, "João Pereira", EntityType.LOCATION, "Rua Augusta 27, 1100-048 Lisboa");
        assertFindings("Please send the contract to Mr John Smith, 10 Downing Street, London SW1A 2AA.",
                EntityType.PERSON, "John Smith", EntityType.LOCATION, "10 Downing Street, London SW1A 2AA");
    }

    @Test
    void aStreetNamedAfterAPersonIsAnAddress() {
        assertFindings("Ci vediamo in Via Giuseppe Garibaldi 5.",
                EntityType.LOCATION, "Via Giuseppe Garibaldi 5");
    }

    @Test
    void commonWordsThatAreNamesOrCitiesStayQuiet() {
        assertFindings("Will you check the May report?");
        assertFindings("The Rose Garden opened in spring.");
        assertFindings("Am 1. Mai ist die Bank geschlossen.");
    }

    @Test
    void findingsAreInBoundsOrderedAndTheSameOnEveryRun() {
        String text = "Von: Dr. Anna Schmidt\nAn: Herrn Peter Weber, Lindenallee 3, 50667 Köln\n"
                + "Cc: M. Jean-Luc Picard, 7 avenue Foch, 75016 Paris; Sig.ra Maria Bianchi, Corso Italia 8, Milano";
        List<Finding> first = SCANNER.scan(text);
        assertThat(first).isEqualTo(SCANNER.scan(text));
        int previousEnd = 0;
        for (Finding finding : first) {
            assertThat(finding.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(finding.end()).isLessThanOrEqualTo(text.length());
            previousEnd = finding.end();
        }
        assertThat(first).extracting(f -> f.valueIn(text)).contains("Anna Schmidt", "Peter Weber",
                "Lindenallee 3, 50667 Köln", "Jean-Luc Picard", "7 avenue Foch, 75016 Paris", "Maria Bianchi",
                "Corso Italia 8, Milano");
    }

    @Test
    void detectorsHoldNoStateBetweenTexts() {
        PersonDetector person = new PersonDetector();
        List<Finding> found = new ArrayList<>();
        person.detect(new ScanText("Mario"), found::add);
        person.detect(new ScanText(" Rossi abita qui."), found::add);
        assertThat(found).isEmpty();
    }
}
