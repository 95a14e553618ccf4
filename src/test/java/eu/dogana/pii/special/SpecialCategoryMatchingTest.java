package eu.dogana.pii.special;

import static eu.dogana.pii.EntityType.BIOMETRIC;
import static eu.dogana.pii.EntityType.CRIMINAL_RECORD;
import static eu.dogana.pii.EntityType.HEALTH;
import static eu.dogana.pii.EntityType.TRADE_UNION;
import static eu.dogana.pii.special.SpecialCategoryDetectorTest.detect;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.Finding;
import eu.dogana.pii.scan.PiiScanner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How matching treats inflection, accents, spacing, weak terms, masks and scores. */
class SpecialCategoryMatchingTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The child has diabetes.                          | diabetes
            Two diabetics were admitted.                     | diabetics
            soffre di depressioni ricorrenti                 | depressioni
            Er hat seit Jahren Depressionen.                 | Depressionen
            Lekarz stwierdził depresji u pacjenta.           | depresji
            Walczy z depresją od lat.                        | depresją
            Er hat zwei Schwangerschaften hinter sich.       | Schwangerschaften
            Elle a suivi plusieurs chimiothérapies.          | chimiothérapies
            Sufre de ataques de pánico frecuentes.           | ataques de pánico
            Ele fez dois testes genéticos.                   | testes genéticos
            """)
    void inflectedFormsMatchThroughStemming(String sentence, String expected) {
        assertFoundExactly(sentence, expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            chimiotherapie prevue lundi                      | chimiotherapie
            CHIMIOTHÉRAPIE prévue lundi                      | CHIMIOTHÉRAPIE
            Er hat Leukaemie.                                | Leukaemie
            Er hat Leukamie.                                 | Leukamie
            Mi hermano tiene esclerosis multiple.            | esclerosis multiple
            Ela e muculmana praticante.                      | e muculmana praticante
            Il est seropositif depuis 2010.                  | seropositif
            """)
    void accentsAndCaseDoNotMatter(String sentence, String expected) {
        assertFoundExactly(sentence, expected);
    }

    @Test
    void spansAreExactAcrossLineBreaksAndRunsOfSpaces() {
        String text = "Note: she is a\n   member  of\tthe union, since 2019.";
        assertThat(detect(text)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(TRADE_UNION);
            assertThat(f.valueIn(text)).isEqualTo("member  of\tthe union");
        });
    }

    @Test
    void apostrophesAndHyphensSplitWordsOnBothSides() {
        assertFoundExactly("Le patient, d'origine maghrébine, est séropositif.", "d'origine maghrébine");
        assertFoundExactly("The donor is HIV-positive.", "HIV-positive");
        assertFoundExactly("The donor is HIV positive.", "HIV positive");
    }

    @Test
    void aWordInsideALongerWordIsNotAMatch() {
        assertThat(detect("Prediabetesscreening is a made-up word")).isEmpty();
        assertThat(detect("The communion was celebrated; the unionist flag flew.")).isEmpty();
    }

    @Test
    void aWeakTermAloneIsNotReported() {
        assertThat(detect("The hospital is on the left after the bridge.")).isEmpty();
        assertThat(detect("Das Krankenhaus liegt direkt am Bahnhof.")).isEmpty();
    }

    @Test
    void aWeakTermIsReportedBesideAStrongOneOfItsCategory() {
        String text = "She was in hospital because of her diabetes.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> f.valueIn(text)).containsExactly("in hospital", "diabetes");
        assertThat(findings).allSatisfy(f -> assertThat(f.type()).isEqualTo(HEALTH));
        assertThat(findings.get(0).score()).isLessThan(0.5);
    }

    @Test
    void aWeakTermOfAnotherCategoryDoesNotCorroborate() {
        // "strike action" is weak TRADE_UNION; "diabetes" is HEALTH and does not vouch for it
        String text = "The strike action was postponed, he said, because of his diabetes.";
        assertThat(detect(text)).extracting(Finding::type).containsExactly(HEALTH);
    }

    @Test
    void severalPhrasesOfOneCategoryRaiseTheScore() {
        double alone = scoreOf("The patient needs chemotherapy.", "chemotherapy");
        double corroborated = scoreOf("The patient has leukemia and needs chemotherapy and dialysis.", "chemotherapy");
        assertThat(alone).isEqualTo(LexiconReader.DEFAULT_WEIGHT);
        assertThat(corroborated).isEqualTo(LexiconReader.DEFAULT_WEIGHT
                + 2 * SpecialCategoryDetector.CORROBORATION_BOOST, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void repeatingOnePhraseDoesNotRaiseTheScore() {
        String text = "chemotherapy, chemotherapy, chemotherapy";
        assertThat(detect(text)).hasSize(3)
                .allSatisfy(f -> assertThat(f.score()).isEqualTo(LexiconReader.DEFAULT_WEIGHT));
    }

    @Test
    void overlappingPhrasesOfOneCategoryBecomeOneFinding() {
        String text = "He was convicted of fraud.";
        assertThat(detect(text)).singleElement()
                .satisfies(f -> assertThat(f.valueIn(text)).isEqualTo("was convicted of"));
    }

    @Test
    void theLongerPhraseWinsOverANestedOne() {
        String text = "Mein Sohn hat Diabetes Typ 1.";
        assertThat(detect(text)).singleElement().satisfies(f -> {
            assertThat(f.valueIn(text)).isEqualTo("Diabetes Typ 1");
            assertThat(f.score()).isEqualTo(0.85);
        });
    }

    @Test
    void aMaskHidesWhatItContains() {
        assertThat(detect("Verify the SSH key fingerprint of the host.")).isEmpty();
        assertThat(detect("The Great Depression began in 1929.")).isEmpty();
        String text = "The fingerprint scan failed twice.";
        assertThat(detect(text)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(BIOMETRIC);
            assertThat(f.valueIn(text)).isEqualTo("fingerprint scan");
        });
    }

    @Test
    void aGermanParagraphInAnEnglishMailIsAnalysedAsGerman() {
        String text = "Hi team, please see the note from our colleague in Munich below, and let me know what you "
                + "think about it before the meeting on Friday. It is about the new hire. "
                + "Der neue Mitarbeiter ist vorbestraft und hat das auch offen gesagt. "
                + "Thanks and have a good weekend, it was a long week for all of us.";
        assertThat(detect(text)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(CRIMINAL_RECORD);
            assertThat(f.valueIn(text)).isEqualTo("vorbestraft");
        });
    }

    @Test
    void findingsStayInBoundsAndInOrderAndScansShareNoState() {
        String text = "Er ist Mitglied der IG Metall. She is HIV-positive. Il est syndiqué. Był karany.";
        List<Finding> first = detect(text);
        assertThat(first).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < first.size(); i++) {
            Finding f = first.get(i);
            assertThat(f.start()).isBetween(0, text.length() - 1);
            assertThat(f.end()).isBetween(f.start() + 1, text.length());
            if (i > 0) {
                assertThat(f.start()).isGreaterThanOrEqualTo(first.get(i - 1).end());
            }
        }
        assertThat(detect("nothing here")).isEmpty();
        assertThat(detect(text)).isEqualTo(first);
        assertThat(detect("")).isEmpty();
    }

    @Test
    void runsInThePiiScanner() {
        PiiScanner scanner = new PiiScanner(List.of(new SpecialCategoryDetector()));
        String text = "Il candidato è iscritto alla CGIL e soffre di epilessia.";
        assertThat(scanner.scan(text)).extracting(Finding::type, f -> f.valueIn(text)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TRADE_UNION, "iscritto alla CGIL"),
                org.assertj.core.groups.Tuple.tuple(HEALTH, "soffre di"),
                org.assertj.core.groups.Tuple.tuple(HEALTH, "epilessia"));
    }

    private static double scoreOf(String text, String value) {
        return detect(text).stream().filter(f -> f.valueIn(text).equals(value)).findFirst().orElseThrow().score();
    }

    private static void assertFoundExactly(String sentence, String expected) {
        int start = sentence.indexOf(expected);
        assertThat(detect(sentence)).anySatisfy(f -> {
            assertThat(f.start()).isEqualTo(start);
            assertThat(f.end()).isEqualTo(start + expected.length());
        });
    }
}
