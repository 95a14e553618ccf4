package eu.dogana.pii.finance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new CryptoDetector());

    @Test
    void findsBitcoinAddresses() {
        Finding p2pkh = harness.assertFinds("Send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 please.",
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
        assertThat(p2pkh.type()).isEqualTo(EntityType.CRYPTO);
        assertThat(p2pkh.score()).isGreaterThanOrEqualTo(0.9);
        harness.assertFinds("P2SH: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
        harness.assertFinds("Indirizzo bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, grazie",
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
        harness.assertFinds("BIP173 BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4 upper",
                "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4");
        harness.assertFinds("taproot bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297 (bech32m)",
                "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x52908400098527886E0F7030069857D2E4169EE7", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "0xde709f2102306220921060314715629080e2fb77"})
    void findsEthereumAddressesWithValidEip55(String address) {
        Finding f = harness.assertFinds("Wallet: " + address + ".", address);
        assertThat(f.score()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void singleCaseEthereumWithoutChecksumIsAFormatMatch() {
        Finding f = harness.assertFinds("hash 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed end",
                "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        assertThat(f.score()).isBetween(0.5, 0.7);
        Finding withContext = harness.single("ETH address 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        assertThat(withContext.score()).isGreaterThan(f.score());
    }

    @Test
    void rejectsBrokenChecksums() {
        harness.assertFindsNothing("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 one char changed");
        harness.assertFindsNothing("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz one char changed");
        harness.assertFindsNothing("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr one char changed");
        harness.assertFindsNothing("mixed bc1qAr0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq case");
        harness.assertFindsNothing("bech32 checksum on v1: bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx");
        harness.assertFindsNothing("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD bad EIP-55");
        harness.assertFindsNothing("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA short");
        harness.assertFindsNothing("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00 too long");
        harness.assertFindsNothing("a sentence with 1 and 3 and because and bc1 ok");
    }
}
