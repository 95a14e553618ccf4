package eu.dogana.pii.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonDetectorTest {

    private static final PersonDetector DETECTOR = new PersonDetector();

    private static List<Finding> scan(String text) {
        List<Finding> found = new ArrayList<>();
        DETECTOR.detect(new ScanText(text), found::add);
        found.forEach(f -> assertThat(f.type()).isEqualTo(EntityType.PERSON));
        found.forEach(f -> assertThat(f.detector()).isEqualTo("person-gazetteer"));
        return found;
    }

    /** The findings as (value, start, end), so a failure shows the text that was cut. */
    private static void assertPersons(String text, String... names) {
        List<Finding> found = scan(text);
        List<Object[]> expected = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int start = text.indexOf(name, from);
            assertThat(start).as("test text contains %s", name).isNotNegative();
            expected.add(new Object[] {name, start, start + name.length()});
            from = start + name.length();
        }
        assertThat(found).extracting(f -> f.valueIn(text), Finding::start, Finding::end)
                .containsExactly(expected.stream().map(e -> tuple(e)).toArray(org.assertj.core.groups.Tuple[]::new));
    }

    @Test
    void italianFirstNameAndSurname() {
        String text = "Ho parlato con Mario Rossi ieri";
        assertThat(scan(text)).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(15);
            assertThat(f.end()).isEqualTo(26);
            assertThat(f.score()).isEqualTo(PersonDetector.FULL_NAME);
        });
    }

    @Test
    void germanTitleBeforeAnUnknownSurname() {
        String text = "Herr Müller wohnt in der Hauptstraße 5, 10115 Berlin";
        assertThat(scan(text)).singleElement().satisfies(f -> {
            assertThat(f.valueIn(text)).isEqualTo("Müller");
            assertThat(f.start()).isEqualTo(5);
            assertThat(f.score()).isEqualTo(PersonDetector.TITLED);
        });
    }

    @Test
    void frenchAbbreviatedTitle() {
        assertPersons("Mme Dupont habite 12 rue de Rivoli, 75001 Paris", "Dupont");
        assertPersons("M. Jean-Pierre Martin est arrivé.", "Jean-Pierre Martin");
    }

    @Test
    void polishFirstNameAndSurname() {
        String text = "Jan Kowalski mieszka przy ul. Długa 5, 00-950 Warszawa";
        assertThat(scan(text)).singleElement().satisfies(f -> {
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(12);
            assertThat(f.score()).isEqualTo(PersonDetector.FULL_NAME);
        });
        // the instrumental "Anną" folds to "anna"; "panią" is a title form
        assertPersons("Rozmawiałem z panią Anną, a pani Nowak nie przyszła.", "Anną", "Nowak");
    }

    @Test
    void dutchTitleWithParticles() {
        assertPersons("Dhr. de Vries woont op Keizersgracht 123, 1015 CJ Amsterdam", "de Vries");
        assertPersons("Ik sprak met Pieter van den Berg.", "Pieter van den Berg");
    }

    @Test
    void spanishLowerCaseTitle() {
        assertPersons("La señora García vive en la Calle Mayor 10, 28013 Madrid", "García");
        assertPersons("Escribí a Dña. Carmen López ayer.", "Carmen López");
    }

    @Test
    void portugueseAndEnglish() {
        assertPersons("O senhor João Silva mora em Lisboa.", "João Silva");
        assertPersons("Yesterday I met John Smith and Mrs Taylor at the office.", "John Smith", "Taylor");
        assertPersons("Sent by Dr. Emily O'Brien", "Emily O'Brien");
    }

    @Test
    void italianCompositeTitles() {
        assertPersons("Ho scritto alla Sig.ra Bianchi e alla dott.ssa Ferri, poi a Dott. Luca Conti.",
                "Bianchi", "Ferri", "Luca Conti");
        assertPersons("Il signor Esposito è arrivato.", "Esposito");
    }

    @Test
    void invertedSurnameFirstName() {
        assertThat(scan("Patient: Kowalczyk, Katarzyna (born 1980)")).singleElement()
                .satisfies(f -> assertThat(f.score()).isEqualTo(PersonDetector.INVERTED));
    }

    @Test
    void foldsAccentsButRequiresCapitals() {
        assertPersons("Ayer vino José García.", "José García");
        assertPersons("Ayer vino Jose Garcia.", "Jose Garcia");
        assertThat(scan("ayer vino jose garcia.")).isEmpty();
    }

    @Test
    void firstNameAloneScoresLowAndNotAtSentenceStart() {
        assertThat(scan("Ich habe gestern mit Anna telefoniert.")).singleElement()
                .satisfies(f -> assertThat(f.score()).isEqualTo(PersonDetector.FIRST_NAME_ONLY));
        assertThat(scan("Anna hat angerufen.")).isEmpty();
    }

    @Test
    void firstNamePlusUnknownCapitalisedWordIsWeaker() {
        assertThat(scan("Ich habe gestern mit Anna Xyzowski telefoniert.")).singleElement()
                .satisfies(f -> assertThat(f.score()).isEqualTo(PersonDetector.WEAK_PAIR));
    }

    @Test
    void commonWordsThatAreNamesNeedASecondSignal() {
        assertThat(scan("Will you check the May report?")).isEmpty();
        assertThat(scan("The Rose Garden opened last week.")).isEmpty();
        assertThat(scan("Rose Garden opened last week.")).isEmpty();
        assertThat(scan("We meet in Paris on Monday, then Mark the date.")).isEmpty();
        assertThat(scan("Am 3. Mai ist Feiertag.")).isEmpty();
        // "Boot" is a listed Dutch surname, so the ambiguous "Spring" gets only the weak score a threshold can cut
        assertThat(scan("Please ask about Java Spring Boot upgrades.")).allSatisfy(
                f -> assertThat(f.score()).isLessThanOrEqualTo(PersonDetector.WEAK_PAIR));
        assertPersons("Mr Will Turner spoke.", "Will Turner");
    }

    @Test
    void functionWordsAndAcronymsAreNoNames() {
        assertThat(scan("The API and the SDK were updated. This is fine.")).isEmpty();
        assertThat(scan("Der Vertrag und Die Bank")).isEmpty();
    }

    @Test
    void stopsAtPunctuationAndLineBreaks() {
        assertPersons("Ciao Marco.\nRossi ha chiamato.", "Marco");
        assertPersons("Mario Rossi, Luca Bianchi e Anna Conti.", "Mario Rossi", "Luca Bianchi", "Anna Conti");
    }

    @Test
    void middleInitials() {
        assertPersons("The speech of John F. Kennedy was long.", "John F. Kennedy");
    }

    @Test
    void emptyAndPunctuationOnlyTextFindNothing() {
        assertThat(scan("")).isEmpty();
        assertThat(scan("... !!! 123")).isEmpty();
    }
}
