package eu.dogana.pii.finance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new IbanDetector());

    @Test
    void findsCompactIbansInSentences() {
        Finding de = harness.assertFinds("Bitte überweisen Sie auf DE89370400440532013000.", "DE89370400440532013000");
        assertThat(de.type()).isEqualTo(EntityType.IBAN_CODE);
        assertThat(de.score()).isGreaterThanOrEqualTo(0.9);
        harness.assertFinds("Pay GB82WEST12345698765432 by Friday", "GB82WEST12345698765432");
        harness.assertFinds("Bonifico su IT60X0542811101000000123456, grazie", "IT60X0542811101000000123456");
        harness.assertFinds("Virement (FR1420041010050500013M02606)", "FR1420041010050500013M02606");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "BE68539007547034", "AT611904300234573201",
        "ES9121000418450200051332", "CH9300762011623852957", "PL61109010140000071219812874",
        "PT50000201231234567890154", "NO9386011117947"})
    void findsIbansOfOtherCountries(String iban) {
        harness.assertFinds("rekening " + iban + " ok", iban);
    }

    @Test
    void findsGroupedAndLowerCaseIbans() {
        harness.assertFinds("IBAN: DE89 3704 0044 0532 0130 00 (Commerzbank)", "DE89 3704 0044 0532 0130 00");
        harness.assertFinds("conta fr14 2004 1010 0505 0001 3m02 606.", "fr14 2004 1010 0505 0001 3m02 606");
        harness.assertFinds("numer PL61 1090 1014 0000 0712 1981 2874 dalej", "PL61 1090 1014 0000 0712 1981 2874");
    }

    @Test
    void rejectsWrongChecksumLengthOrCountry() {
        harness.assertFindsNothing("DE89370400440532013001 has a bad check");
        harness.assertFindsNothing("DE8937040044053201300 is one digit short");
        harness.assertFindsNothing("DE893704004405320130001 is one digit long");
        harness.assertFindsNothing("XX89370400440532013000 is no country");
        harness.assertFindsNothing("grouped wrongly DE89 37040 0440 5320 1300 0");
        harness.assertFindsNothing("glued ADE89370400440532013000");
        harness.assertFindsNothing("DE00370400440532013000 check digits 00");
    }

    @Test
    void contextRaisesTheScore() {
        double plain = harness.single("see DE89370400440532013000 below").score();
        double withContext = harness.single("Bankverbindung: DE89370400440532013000").score();
        assertThat(withContext).isGreaterThan(plain);
        assertThat(withContext).isEqualTo(1.0);
    }
}
