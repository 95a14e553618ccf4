package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.scan.PiiScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** All detectors of the package together: contract, ids, and a multilingual text through the scanner. */
class NationalIdDetectorsTest {

    private static final List<Detector> ALL = List.of(new ItalianFiscalCodeDetector(), new ItalianVatCodeDetector(),
            new GermanTaxIdDetector(), new GermanIdCardDetector(), new GermanHealthInsuranceNumberDetector(),
            new FrenchNirDetector(), new SpanishNifDetector(), new SpanishNieDetector(), new DutchBsnDetector(),
            new PolishPeselDetector(), new BelgianNationalNumberDetector(), new AustrianSvnrDetector(),
            new PortugueseNifDetector(), new SwedishPersonnummerDetector(), new FinnishHetuDetector(),
            new DanishCprDetector(), new IrishPpsnDetector(), new PassportDetector());

    private static final String TEXT = """
            Sehr geehrte Damen und Herren, anbei die Daten unserer Mitarbeiter.
            Mario Rossi, codice fiscale RSSMRA85T10A562S, Steuer-ID 86095742719.
            Partita IVA della filiale: IT07735410156. Krankenversichertennummer A123456780.
            Numéro de sécurité sociale : 2 55 08 14 168 025 38.
            Mi DNI es 12345678Z; mi compañera tiene NIE X-1234567-L.
            Mijn BSN is 111 222 333. Mój PESEL: 44051401359.
            Rijksregisternummer 85.07.30-033.28. Sozialversicherungsnummer 1237 010180.
            O meu NIF é 123456789. Personnummer 811228-9874. Henkilötunnus 131052-308T.
            CPR-nummer 010180-1234. PPS number 1234567FA. Passport number: YA1234567.
            Personalausweis T22000129. Bestellung vom 12.03.2024, Telefon +49 30 1234567.
            IBAN DE89 3704 0044 0532 0130 00.
            """;

    @Test
    void idsAreStableAndUnique() {
        Set<String> ids = ALL.stream().map(Detector::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(ALL.size()).containsExactlyInAnyOrder("it-fiscal-code", "it-vat-code", "de-tax-id",
                "de-id-card", "de-health-insurance-number", "fr-nir", "es-nif", "es-nie", "nl-bsn", "pl-pesel",
                "be-national-number", "at-svnr", "pt-nif", "se-personnummer", "fi-personal-identity-code", "dk-cpr",
                "ie-ppsn", "passport");
        Set<EntityType> types = ALL.stream().flatMap(d -> d.types().stream()).collect(Collectors.toSet());
        assertThat(types).hasSize(ALL.size());
    }

    @Test
    void everyIdentifierInAMultilingualTextIsFoundWithItsExactSpan() {
        List<Finding> findings = new PiiScanner(ALL).scan(TEXT);
        assertFound(findings, EntityType.IT_FISCAL_CODE, "RSSMRA85T10A562S");
        assertFound(findings, EntityType.DE_TAX_ID, "86095742719");
        assertFound(findings, EntityType.IT_VAT_CODE, "IT07735410156");
        assertFound(findings, EntityType.DE_HEALTH_INSURANCE_NUMBER, "A123456780");
        assertFound(findings, EntityType.FR_NIR, "2 55 08 14 168 025 38");
        assertFound(findings, EntityType.ES_NIF, "12345678Z");
        assertFound(findings, EntityType.ES_NIE, "X-1234567-L");
        assertFound(findings, EntityType.NL_BSN, "111 222 333");
        assertFound(findings, EntityType.PL_PESEL, "44051401359");
        assertFound(findings, EntityType.BE_NATIONAL_NUMBER, "85.07.30-033.28");
        assertFound(findings, EntityType.AT_SVNR, "1237 010180");
        assertFound(findings, EntityType.PT_NIF, "123456789");
        assertFound(findings, EntityType.SE_PERSONNUMMER, "811228-9874");
        assertFound(findings, EntityType.FI_PERSONAL_IDENTITY_CODE, "131052-308T");
        assertFound(findings, EntityType.DK_CPR, "010180-1234");
        assertFound(findings, EntityType.IE_PPSN, "1234567FA");
        assertFound(findings, EntityType.PASSPORT, "YA1234567");
        assertFound(findings, EntityType.DE_ID_CARD, "T22000129");
        assertThat(findings).as("nothing else: not the date, the phone number or the IBAN groups").hasSize(18);
    }

    @Test
    void findingsStayInBoundsAndDoNotDependOnEarlierScans() {
        for (Detector detector : ALL) {
            List<Finding> first = run(detector, TEXT);
            run(detector, "Steuer-ID 47036892816, BSN 998877669, codice fiscale BNCLRA92E45F205F");
            assertThat(run(detector, TEXT)).as(detector.id()).isEqualTo(first);
            int previousStart = -1;
            for (Finding finding : first) {
                assertThat(finding.start()).isGreaterThanOrEqualTo(previousStart);
                assertThat(finding.end()).isLessThanOrEqualTo(TEXT.length());
                previousStart = finding.start();
            }
        }
    }

    @Test
    void proseWithoutDigitsGivesNothing() {
        String prose = "Ich heiße Anna, mein Passport liegt zu Hause, der Personalausweis auch. BSN? NIF? CPR? PESEL?";
        for (Detector detector : ALL) {
            assertThat(run(detector, prose)).as(detector.id()).isEmpty();
        }
    }

    private static List<Finding> run(Detector detector, String text) {
        List<Finding> found = new ArrayList<>();
        detector.detect(new ScanText(text), found::add);
        return found;
    }

    private static void assertFound(List<Finding> findings, EntityType type, String value) {
        int start = TEXT.indexOf(value);
        assertThat(findings).as("%s %s", type, value)
                .anySatisfy(f -> {
                    assertThat(f.type()).isEqualTo(type);
                    assertThat(f.start()).isEqualTo(start);
                    assertThat(f.end()).isEqualTo(start + value.length());
                });
    }
}
