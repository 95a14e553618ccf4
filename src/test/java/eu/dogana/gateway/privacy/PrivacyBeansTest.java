package eu.dogana.gateway.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.scan.DefaultDetectors;
import eu.dogana.pii.scan.PiiScanner;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyBeansTest {

    @Test
    void theHomeRegionsOfPhoneNumbersAreTheDeploymentsToChoose() {
        // a Greek mobile number, written nationally and without a context word
        String greek = "Καλέστε με στο 691 234 5678 αύριο";
        assertThat(phones(new PiiScanner(DefaultDetectors.all()), greek)).isEmpty();
        PiiScanner inGreece = new PiiScanner(DefaultDetectors.all(PrivacyBeans.phoneHomeRegions(List.of(" gr", "DE"))));
        assertThat(phones(inGreece, greek)).containsExactly("691 234 5678");
    }

    @Test
    void anUnknownRegionStopsTheGatewayNamingTheKey() {
        assertThatThrownBy(() -> PrivacyBeans.phoneHomeRegions(List.of("DE", "US")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dogana.pii.phone.home-regions: 'US' is not one of AT, BE");
    }

    private static List<String> phones(PiiScanner scanner, String text) {
        return scanner.scan(text).stream().filter(f -> f.type() == EntityType.PHONE_NUMBER)
                .map((Finding f) -> f.valueIn(text)).toList();
    }
}
