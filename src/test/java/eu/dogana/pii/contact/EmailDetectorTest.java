package eu.dogana.pii.contact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;

class EmailDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new EmailDetector());

    @Test
    void findsAddressesInSentences() {
        Finding f = harness.assertFinds("Scrivi a mario.rossi@example.it per informazioni.", "mario.rossi@example.it");
        assertThat(f.type()).isEqualTo(EntityType.EMAIL_ADDRESS);
        harness.assertFinds("Kontakt: <anna-lena.mueller+news@mail.beispiel.de>", "anna-lena.mueller+news@mail.beispiel.de");
        harness.assertFinds("Écrivez à 'jean_dupont@orange.fr'.", "jean_dupont@orange.fr");
        harness.assertFinds("(contact: J.Kowalski@firma.com.pl)", "J.Kowalski@firma.com.pl");
        harness.assertFinds("mail o'brien@example.ie now", "o'brien@example.ie");
        harness.assertFinds("IDN user@xn--mnchen-3ya.xn--p1ai ok", "user@xn--mnchen-3ya.xn--p1ai");
    }

    @Test
    void findsSeveral() {
        assertThat(harness.values("a@b.co, c.d@e-f.org; g@h.io"))
                .containsExactly("a@b.co", "c.d@e-f.org", "g@h.io");
    }

    @Test
    void rejectsWhatIsNoAddress() {
        harness.assertFindsNothing("meet @ 5pm at the café");
        harness.assertFindsNothing("user@localhost is no public address");
        harness.assertFindsNothing("twitter handle @dogana_eu");
        harness.assertFindsNothing("bad tld user@example.c0m");
        harness.assertFindsNothing("double dot user@example..com");
        harness.assertFindsNothing("dot before at user.@example.com");
        harness.assertFindsNothing("label dash user@-example.com");
        harness.assertFindsNothing("numeric tld user@10.0.0.1");
    }

    @Test
    void contextRaisesTheScore() {
        double plain = harness.single("write to anna@example.eu today").score();
        double withContext = harness.single("E-Mail: anna@example.eu").score();
        assertThat(plain).isBetween(0.8, 0.9);
        assertThat(withContext).isGreaterThan(plain).isLessThanOrEqualTo(1.0);
    }
}
