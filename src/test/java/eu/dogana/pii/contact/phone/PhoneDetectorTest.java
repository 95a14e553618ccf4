package eu.dogana.pii.contact.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new PhoneDetector());

    @Test
    void findsInternationalNumbers() {
        Finding f = harness.assertFinds("Call me on +49 30 12345678 tomorrow.", "+49 30 12345678");
        assertThat(f.type()).isEqualTo(EntityType.PHONE_NUMBER);
        harness.assertFinds("Il mio numero è +39 347 123 4567.", "+39 347 123 4567");
        harness.assertFinds("Appelez le +33 6 12 34 56 78 svp", "+33 6 12 34 56 78");
        harness.assertFinds("Llámame al 0034 612 345 678, gracias", "0034 612 345 678");
        harness.assertFinds("Bel +31 6 12345678 voor info", "+31 6 12345678");
        harness.assertFinds("Zadzwoń: +48 512 345 678", "+48 512 345 678");
        harness.assertFinds("Ligue +351 912 345 678 hoje", "+351 912 345 678");
        harness.assertFinds("UK office +44 20 7946 0958", "+44 20 7946 0958");
        harness.assertFinds("Wien +43 1 5123456 Zentrale", "+43 1 5123456");
    }

    @Test
    void findsNationalNumbersWithContextLanguage() {
        Finding de = harness.assertFinds("Handy: 0151 23456789", "0151 23456789");
        Finding it = harness.assertFinds("cellulare 347 123 4567", "347 123 4567");
        Finding fr = harness.assertFinds("téléphone portable : 06 12 34 56 78", "06 12 34 56 78");
        Finding es = harness.assertFinds("móvil 612 34 56 78", "612 34 56 78");
        Finding nl = harness.assertFinds("telefoon 020-1234567", "020-1234567");
        Finding pt = harness.assertFinds("telemóvel 912 345 678", "912 345 678");
        for (Finding f : List.of(de, it, fr, es, nl, pt)) {
            assertThat(f.score()).as("%s", f).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void nationalNumberWithoutContextScoresLow() {
        Finding f = harness.assertFinds("Bitte 030 12345678 zurückrufen", "030 12345678");
        assertThat(f.score()).isLessThan(0.6);
        Finding international = harness.single("Bitte +49 30 12345678 zurückrufen");
        assertThat(international.score()).isGreaterThan(f.score());
        Finding withContext = harness.single("Tel. +49 30 12345678");
        assertThat(withContext.score()).isGreaterThan(international.score());
    }

    @Test
    void homeRegionsChooseHowNationalNumbersAreRead() {
        DetectorHarness swiss = new DetectorHarness(new PhoneDetector(List.of("CH")));
        swiss.assertFinds("Rufen Sie 044 668 18 00 an", "044 668 18 00");
        assertThatThrownBy(() -> new PhoneDetector(List.of("US"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneDetector(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNumbersThatAreNoPhones() {
        harness.assertFindsNothing("Server 192.168.100.200 is down");
        harness.assertFindsNothing("geboren am 03.04.1985 in Köln");
        harness.assertFindsNothing("on 2024-01-15 we met");
        harness.assertFindsNothing("Order ABC1234567890 shipped");
        harness.assertFindsNothing("the total was 1234 EUR");
        harness.assertFindsNothing("+49 12 invalid");
        harness.assertFindsNothing("IBAN DE89370400440532013000");
        harness.assertFindsNothing("+39 000 000 0000 is not a real number");
    }
}
