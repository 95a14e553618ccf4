package eu.dogana.pii.contact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;

class UrlDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new UrlDetector());

    @Test
    void findsUrlsWithScheme() {
        Finding f = harness.assertFinds("See https://example.com/users/42?tab=profile.", "https://example.com/users/42?tab=profile");
        assertThat(f.type()).isEqualTo(EntityType.URL);
        harness.assertFinds("Profil (http://www.beispiel.de/~anna) ansehen", "http://www.beispiel.de/~anna");
        harness.assertFinds("Wiki: https://en.wikipedia.org/wiki/Customs_(disambiguation) ok", "https://en.wikipedia.org/wiki/Customs_(disambiguation)");
        harness.assertFinds("HTTPS://EXAMPLE.ORG:8443/a, poi", "HTTPS://EXAMPLE.ORG:8443/a");
    }

    @Test
    void findsWwwAndBareDomainsWithPath() {
        harness.assertFinds("visitate www.comune.milano.it per dettagli", "www.comune.milano.it");
        harness.assertFinds("mon profil: linkedin.com/in/jean-dupont!", "linkedin.com/in/jean-dupont");
        harness.assertFinds("Zie github.com/dogana/dogana.", "github.com/dogana/dogana");
    }

    @Test
    void schemeScoresAboveBareDomain() {
        double scheme = harness.single("at https://example.com/a now").score();
        double bare = harness.single("at example.com/a now").score();
        double bareWithContext = harness.single("link: example.com/a").score();
        assertThat(scheme).isGreaterThan(bare);
        assertThat(bareWithContext).isGreaterThan(bare);
    }

    @Test
    void rejectsProseAndOtherShapes() {
        harness.assertFindsNothing("and/or km/h 3.5/10 e.g./i.e.");
        harness.assertFindsNothing("file report.pdf/2 attached");
        harness.assertFindsNothing("mail anna@example.com/x");
        harness.assertFindsNothing("http://localhost:8080/x");
        harness.assertFindsNothing("example.com without path");
        harness.assertFindsNothing("javascript:alert(1)");
    }
}
