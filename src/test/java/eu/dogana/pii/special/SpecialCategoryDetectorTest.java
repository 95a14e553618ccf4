package eu.dogana.pii.special;

import static eu.dogana.pii.EntityType.BIOMETRIC;
import static eu.dogana.pii.EntityType.CRIMINAL_RECORD;
import static eu.dogana.pii.EntityType.ETHNIC_ORIGIN;
import static eu.dogana.pii.EntityType.GENETIC;
import static eu.dogana.pii.EntityType.HEALTH;
import static eu.dogana.pii.EntityType.POLITICAL_OPINION;
import static eu.dogana.pii.EntityType.RELIGION;
import static eu.dogana.pii.EntityType.SEX_LIFE_OR_ORIENTATION;
import static eu.dogana.pii.EntityType.TRADE_UNION;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecialCategoryDetectorTest {

    private static final SpecialCategoryDetector DETECTOR = new SpecialCategoryDetector();

    static List<Finding> detect(SpecialCategoryDetector detector, String text) {
        List<Finding> findings = new ArrayList<>();
        detector.detect(new ScanText(text), findings::add);
        return findings;
    }

    static List<Finding> detect(String text) {
        return detect(DETECTOR, text);
    }

    /** Every category in every language: one sentence, the type and the exact span expected. */
    static Stream<Arguments> everyCategoryInEveryLanguage() {
        return Stream.of(
            Arguments.of("Mein Sohn hat Diabetes Typ 1 und braucht Insulin.", HEALTH, "Diabetes Typ 1"),
            Arguments.of("Our colleague was diagnosed with multiple sclerosis last year.", HEALTH, "multiple sclerosis"),
            Arguments.of("Mia madre è in chemioterapia da marzo.", HEALTH, "chemioterapia"),
            Arguments.of("Elle est atteinte de la maladie de Parkinson.", HEALTH, "maladie de Parkinson"),
            Arguments.of("Mi hermano tiene esclerosis múltiple.", HEALTH, "esclerosis múltiple"),
            Arguments.of("Mijn vader heeft suikerziekte.", HEALTH, "suikerziekte"),
            Arguments.of("Pan Kowalski choruje na depresję od roku.", HEALTH, "choruje na depresję"),
            Arguments.of("O paciente é seropositivo desde 2015.", HEALTH, "seropositivo"),
            Arguments.of("Ahmed is a practising Muslim and prays daily.", RELIGION, "practising Muslim"),
            Arguments.of("Sie ist aus der Kirche ausgetreten.", RELIGION, "aus der Kirche ausgetreten"),
            Arguments.of("Il collega è testimone di Geova.", RELIGION, "testimone di Geova"),
            Arguments.of("Il est musulman pratiquant.", RELIGION, "est musulman pratiquant"),
            Arguments.of("Mi vecina es testigo de Jehová.", RELIGION, "testigo de Jehová"),
            Arguments.of("Zij draagt een hoofddoek op het werk.", RELIGION, "draagt een hoofddoek"),
            Arguments.of("On jest Świadkiem Jehowy.", RELIGION, "jest Świadkiem Jehowy"),
            Arguments.of("Ela é muçulmana praticante.", RELIGION, "é muçulmana praticante"),
            Arguments.of("The applicant is of Turkish descent.", ETHNIC_ORIGIN, "of Turkish descent"),
            Arguments.of("Der Bewerber hat einen Migrationshintergrund.", ETHNIC_ORIGIN, "Migrationshintergrund"),
            Arguments.of("Il candidato è di origine marocchina.", ETHNIC_ORIGIN, "di origine marocchina"),
            Arguments.of("La candidate est d'origine maghrébine.", ETHNIC_ORIGIN, "d'origine maghrébine"),
            Arguments.of("El inquilino es de etnia gitana.", ETHNIC_ORIGIN, "de etnia gitana"),
            Arguments.of("De huurder is van Marokkaanse afkomst.", ETHNIC_ORIGIN, "van Marokkaanse afkomst"),
            Arguments.of("Kandydat jest pochodzenia romskiego.", ETHNIC_ORIGIN, "pochodzenia romskiego"),
            Arguments.of("A candidata é de origem cabo-verdiana.", ETHNIC_ORIGIN, "de origem cabo-verdiana"),
            Arguments.of("My manager voted Labour in the last election.", POLITICAL_OPINION, "voted Labour"),
            Arguments.of("Herr Maier ist Mitglied der AfD.", POLITICAL_OPINION, "Mitglied der AfD"),
            Arguments.of("Il signor Rossi ha votato Lega alle europee.", POLITICAL_OPINION, "ha votato Lega"),
            Arguments.of("Mon voisin a voté RN aux législatives.", POLITICAL_OPINION, "a voté RN"),
            Arguments.of("Mi jefe votó a Vox en las elecciones.", POLITICAL_OPINION, "votó a Vox"),
            Arguments.of("Hij stemt PVV sinds 2010.", POLITICAL_OPINION, "stemt PVV"),
            Arguments.of("Mój szef głosował na PiS.", POLITICAL_OPINION, "głosował na PiS"),
            Arguments.of("O meu vizinho votou no Chega.", POLITICAL_OPINION, "votou no Chega"),
            Arguments.of("She has been a member of the union since 2019.", TRADE_UNION, "member of the union"),
            Arguments.of("Er ist seit Jahren Mitglied der IG Metall.", TRADE_UNION, "Mitglied der IG Metall"),
            Arguments.of("Marco è iscritto alla CGIL.", TRADE_UNION, "iscritto alla CGIL"),
            Arguments.of("Elle est syndiquée à la CFDT.", TRADE_UNION, "est syndiquée"),
            Arguments.of("Juan está afiliado a CCOO.", TRADE_UNION, "afiliado a CCOO"),
            Arguments.of("Hij is lid van de vakbond.", TRADE_UNION, "lid van de vakbond"),
            Arguments.of("Jest członkiem związku zawodowego.", TRADE_UNION, "Jest członkiem związku zawodowego"),
            Arguments.of("O João é sindicalizado.", TRADE_UNION, "é sindicalizado"),
            Arguments.of("He told HR that he is gay.", SEX_LIFE_OR_ORIENTATION, "is gay"),
            Arguments.of("Mein Kollege ist schwul.", SEX_LIFE_OR_ORIENTATION, "ist schwul"),
            Arguments.of("La mia collega è lesbica.", SEX_LIFE_OR_ORIENTATION, "è lesbica"),
            Arguments.of("Son frère est homosexuel.", SEX_LIFE_OR_ORIENTATION, "est homosexuel"),
            Arguments.of("Mi prima es bisexual.", SEX_LIFE_OR_ORIENTATION, "es bisexual"),
            Arguments.of("Mijn buurman is homo.", SEX_LIFE_OR_ORIENTATION, "is homo"),
            Arguments.of("Mój brat jest gejem.", SEX_LIFE_OR_ORIENTATION, "jest gejem"),
            Arguments.of("O meu irmão saiu do armário.", SEX_LIFE_OR_ORIENTATION, "saiu do armário"),
            Arguments.of("Her genetic test showed a BRCA1 mutation.", GENETIC, "genetic test"),
            Arguments.of("Der Gentest ergab eine BRCA-Mutation.", GENETIC, "Gentest"),
            Arguments.of("Ha fatto un test genetico la settimana scorsa.", GENETIC, "test genetico"),
            Arguments.of("Il a fait un test de paternité.", GENETIC, "test de paternité"),
            Arguments.of("Le hicieron una prueba de ADN.", GENETIC, "prueba de ADN"),
            Arguments.of("Zij heeft een erfelijke aandoening.", GENETIC, "erfelijke aandoening"),
            Arguments.of("Wynik badania genetycznego był negatywny.", GENETIC, "badania genetycznego"),
            Arguments.of("O teste genético foi positivo.", GENETIC, "teste genético"),
            Arguments.of("Employees clock in with a fingerprint scan.", BIOMETRIC, "fingerprint scan"),
            Arguments.of("Der Zutritt erfolgt per Gesichtserkennung.", BIOMETRIC, "Gesichtserkennung"),
            Arguments.of("L'accesso avviene con il riconoscimento facciale.", BIOMETRIC, "riconoscimento facciale"),
            Arguments.of("Nous stockons les empreintes digitales des salariés.", BIOMETRIC, "empreintes digitales"),
            Arguments.of("Guardamos la huella dactilar de cada empleado.", BIOMETRIC, "huella dactilar"),
            Arguments.of("Toegang gaat via een irisscan.", BIOMETRIC, "irisscan"),
            Arguments.of("Wejście wymaga skanu tęczówki.", BIOMETRIC, "skanu tęczówki"),
            Arguments.of("O acesso usa reconhecimento facial.", BIOMETRIC, "reconhecimento facial"),
            Arguments.of("He was convicted of fraud in 2018.", CRIMINAL_RECORD, "was convicted of"),
            Arguments.of("Der Mieter ist vorbestraft.", CRIMINAL_RECORD, "vorbestraft"),
            Arguments.of("Il dipendente ha precedenti penali.", CRIMINAL_RECORD, "precedenti penali"),
            Arguments.of("Il a un casier judiciaire chargé.", CRIMINAL_RECORD, "casier judiciaire"),
            Arguments.of("Fue condenado por robo.", CRIMINAL_RECORD, "Fue condenado por"),
            Arguments.of("Hij heeft een strafblad.", CRIMINAL_RECORD, "strafblad"),
            Arguments.of("Był karany za kradzież.", CRIMINAL_RECORD, "Był karany"),
            Arguments.of("Ele tem antecedentes criminais.", CRIMINAL_RECORD, "antecedentes criminais"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("everyCategoryInEveryLanguage")
    void findsEachCategoryInEachLanguageWithItsExactSpan(String sentence, EntityType type, String expected) {
        int start = sentence.indexOf(expected);
        assertThat(detect(sentence))
                .filteredOn(f -> f.type() == type)
                .anySatisfy(f -> {
                    assertThat(f.start()).isEqualTo(start);
                    assertThat(f.end()).isEqualTo(start + expected.length());
                    assertThat(f.detector()).isEqualTo("special-categories");
                    assertThat(f.score()).isBetween(0.5, 1.0);
                });
    }

    @Test
    void everyLanguageAndCategoryIsCovered() {
        assertThat(everyCategoryInEveryLanguage()).hasSize(9 * 8);
    }

    /** Ordinary sentences holding words that have a special-category sense elsewhere. */
    static Stream<String> ordinarySentences() {
        return Stream.of(
            "The union of two sets is again a set.",
            "Christmas party planning starts next week.",
            "Please charge the cell phone before the meeting.",
            "The race starts at nine and the church bells will ring.",
            "Check the SSH key fingerprint before you connect to the server.",
            "We had a great time at the party in Rome last night.",
            "The Great Depression changed the economy of the world.",
            "Die linke Hand tut mir weh, aber die rechte ist in Ordnung.",
            "Wir treffen uns am Freitag zur Weihnachtsfeier im Büro.",
            "Roma è la capitale d'Italia e ha molte chiese.",
            "Ho comprato una macchina di colore rosso.",
            "Il tesserato della palestra ha pagato la quota.",
            "Le parti a gagné les élections municipales de Lyon.",
            "Nous avons une réunion au siège social demain.",
            "Podemos ir al cine mañana por la tarde.",
            "La huelga de transporte no afecta a nuestro pedido.",
            "De Unie van Utrecht werd in 1579 gesloten.",
            "Homo sapiens is de enige overlevende soort.",
            "Wyznanie miłości było bardzo romantyczne.",
            "Idziemy jutro do kina z przyjaciółmi.",
            "Faça o seu cadastro no site para receber o desconto.",
            "Ele chega amanhã às nove horas.",
            "O crime não compensa, diz o ditado.");
    }

    @ParameterizedTest
    @MethodSource("ordinarySentences")
    void ordinarySentencesAreNotSpecialCategories(String sentence) {
        assertThat(detect(sentence)).isEmpty();
    }
}
