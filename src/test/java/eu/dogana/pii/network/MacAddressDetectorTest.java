package eu.dogana.pii.network;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;

class MacAddressDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new MacAddressDetector());

    @Test
    void findsTheThreeNotations() {
        Finding colon = harness.assertFinds("Gerät 00:1A:2B:3C:4D:5E im WLAN.", "00:1A:2B:3C:4D:5E");
        assertThat(colon.type()).isEqualTo(EntityType.MAC_ADDRESS);
        harness.assertFinds("adresse physique 00-1a-2b-3c-4d-5e, ok", "00-1a-2b-3c-4d-5e");
        harness.assertFinds("switch port 001a.2b3c.4d5e up", "001a.2b3c.4d5e");
    }

    @Test
    void rejectsMixedSeparatorsAndLongerSequences() {
        harness.assertFindsNothing("00:1A-2B:3C:4D:5E mixes separators");
        harness.assertFindsNothing("00:1A:2B:3C:4D is five groups");
        harness.assertFindsNothing("00:1A:2B:3C:4D:5E:6F is seven groups");
        harness.assertFindsNothing("0G:1A:2B:3C:4D:5E has no hex");
        harness.assertFindsNothing("1234.5678.9012 without context is a number");
        harness.assertFindsNothing("fe80:0:0:0:1:2:3:4 is an IPv6 address");
    }

    @Test
    void digitsOnlyAddressesNeedContext() {
        double digitsOnly = harness.single("code 12-34-56-78-90-12 here").score();
        double hex = harness.single("code 12-34-56-78-90-AB here").score();
        double digitsWithContext = harness.single("MAC 12-34-56-78-90-12").score();
        assertThat(digitsOnly).isLessThan(0.5);
        assertThat(hex).isGreaterThan(digitsOnly);
        assertThat(digitsWithContext).isGreaterThan(digitsOnly);
        harness.assertFinds("MAC-Adresse 1234.5678.9012", "1234.5678.9012");
    }

    @Test
    void anAddressStartsAWholeHexWordOfItsGroupLength() {
        // the first group must be a whole word: a longer hex word, or one glued to a letter, starts none
        harness.assertFindsNothing("x100:1A:2B:3C:4D:5E");
        harness.assertFindsNothing("cafe001a.2b3c.4d5e");
        assertThat(harness.values("ab, cd:ef:01:23:45:67 et 0123.4567.89ab."))
                .containsExactly("cd:ef:01:23:45:67", "0123.4567.89ab");
        harness.assertFinds("face.dead.beef", "face.dead.beef");
        // hex words that end the text, of any length
        harness.assertFindsNothing("MAC 00:1A:2B:3C:4D:5E00112233445566778899aabbccdd");
        harness.assertFindsNothing("abcdef0123456789abcdef ab");
    }
}
