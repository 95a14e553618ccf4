package eu.dogana.pii.network;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new IpAddressDetector());

    @Test
    void findsIpv4InSentences() {
        Finding f = harness.assertFinds("Login from 192.168.1.20 failed.", "192.168.1.20");
        assertThat(f.type()).isEqualTo(EntityType.IP_ADDRESS);
        harness.assertFinds("Der Server 10.0.0.1:8080 antwortet nicht", "10.0.0.1");
        harness.assertFinds("indirizzo IP (255.255.255.255)", "255.255.255.255");
        harness.assertFinds("adresse 0.0.0.0, puis", "0.0.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a",
        "::1", "::", "::ffff:192.0.2.128", "2001:db8:85a3::8a2e:370:7334", "64:ff9b::192.0.2.33", "1::",
        "FE80::0202:B3FF:FE1E:8329"})
    void findsIpv6Forms(String address) {
        harness.assertFinds("host " + address + " reachable", address);
    }

    @Test
    void ipv6AtSentenceEndsAndAfterALabel() {
        harness.assertFinds("Gateway ist fe80::1.", "fe80::1");
        harness.assertFinds("IPv6:2001:db8::7 ok", "2001:db8::7");
    }

    @Test
    void rejectsInvalidAndVersionLikeNumbers() {
        harness.assertFindsNothing("999.1.1.1 is out of range");
        harness.assertFindsNothing("256.256.256.256");
        harness.assertFindsNothing("version string 1.2.3.4.5 here");
        harness.assertFindsNothing("OID 1.3.6.1.4.1 branch");
        harness.assertFindsNothing("leading zero 192.168.01.1");
        harness.assertFindsNothing("only three 192.168.1 parts");
        harness.assertFindsNothing("Version 1.2.3.4 released");
        harness.assertFindsNothing("v1.2.3.4");
        harness.assertFindsNothing("at 10:30:45 and 12:00");
        harness.assertFindsNothing("std::vector<int> and Foo::bar");
        harness.assertFindsNothing("2001:db8::1::2 has two compressions");
        harness.assertFindsNothing("1:2:3:4:5:6:7:8:9 has nine groups");
        harness.assertFindsNothing("12345::1 has a five-digit group");
        harness.assertFindsNothing("MAC 00:1A:2B:3C:4D:5E is no IP");
    }

    @Test
    void contextRaisesTheScore() {
        double plain = harness.single("we saw 172.16.0.5 twice").score();
        double withContext = harness.single("IP-Adresse: 172.16.0.5").score();
        assertThat(withContext).isGreaterThan(plain);
        assertThat(harness.single("we saw 2001:db8::5 twice").score()).isGreaterThan(plain);
    }
}
