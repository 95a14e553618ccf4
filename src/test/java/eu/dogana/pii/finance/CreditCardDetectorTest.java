package eu.dogana.pii.finance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new CreditCardDetector());

    @Test
    void findsCardsInSentences() {
        Finding visa = harness.assertFinds("My card is 4111111111111111, exp 12/29.", "4111111111111111");
        assertThat(visa.type()).isEqualTo(EntityType.CREDIT_CARD);
        assertThat(visa.score()).isGreaterThanOrEqualTo(0.9);
        harness.assertFinds("Meine Karte: 5555 5555 5555 4444 bitte belasten", "5555 5555 5555 4444");
        harness.assertFinds("carta 3782-822463-10005 scaduta", "3782-822463-10005");
        harness.assertFinds("tarjeta 4111-1111-1111-1111.", "4111-1111-1111-1111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6011111111111117", "30569309025904", "3530111333300000", "2223003122003222",
        "6759649826438453", "5018000000000009", "6200000000000005", "36227206271667", "4012888888881881"})
    void knowsEveryIssuer(String number) {
        harness.assertFinds("n° " + number + " ok", number);
    }

    @Test
    void cutsAtTheLongestValidGroupBoundary() {
        harness.assertFinds("card 4111 1111 1111 1111 2029", "4111 1111 1111 1111");
    }

    @Test
    void rejectsBadChecksumsUnknownIssuersAndOtherNumbers() {
        harness.assertFindsNothing("4111111111111112 fails Luhn");
        harness.assertFindsNothing("1234567812345670 has no issuer");
        harness.assertFindsNothing("4111 1111 1111 is too short for Visa");
        harness.assertFindsNothing("3782822463100051 is an Amex prefix with 16 digits");
        harness.assertFindsNothing("411111111111111111111 is too long");
        harness.assertFindsNothing("mixed 4111 1111-1111 1111 separators");
        harness.assertFindsNothing("amount 3.4111111111111111 is a decimal");
        harness.assertFindsNothing("ref AB4111111111111111");
    }

    @Test
    void contextRaisesTheScore() {
        double plain = harness.single("number 5555555555554444 here").score();
        double withContext = harness.single("Kreditkarte 5555555555554444").score();
        assertThat(withContext).isGreaterThan(plain).isEqualTo(1.0);
    }
}
