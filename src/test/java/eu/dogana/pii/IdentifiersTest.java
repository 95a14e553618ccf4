package eu.dogana.pii;

import static eu.dogana.pii.Identifiers.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One value written two ways is one; two values are never one. */
class IdentifiersTest {

    @Test
    void ipv4AddressesKeepTheirOctets() {
        assertThat(normalise(EntityType.IP_ADDRESS, "192.168.1.10"))
                .isNotEqualTo(normalise(EntityType.IP_ADDRESS, "192.168.11.0"))
                .isNotEqualTo(normalise(EntityType.IP_ADDRESS, "19.216.81.10"))
                .isEqualTo(normalise(EntityType.IP_ADDRESS, " 192.168.1.10 "))
                .isEqualTo("192.168.1.10");
        // a data-protection officer may write octets with leading zeros; they are read as decimal
        assertThat(normalise(EntityType.IP_ADDRESS, "192.168.001.010")).isEqualTo("192.168.1.10");
    }

    @Test
    void ipv6AddressesAreOneInEveryTextForm() {
        String canonical = "2001:db8::1";
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:DB8::1")).isEqualTo(canonical);
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:0db8:0000:0000:0000:0000:0000:0001")).isEqualTo(canonical);
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:db8:0:0::0:1")).isEqualTo(canonical);
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:db8::1:0")).isEqualTo("2001:db8::1:0");
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:db8::10")).isNotEqualTo(canonical);
        // RFC 5952: the longest run of zero groups is compressed, the first of equal runs, never a single group
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:0:0:1:0:0:0:1")).isEqualTo("2001:0:0:1::1");
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(normalise(EntityType.IP_ADDRESS, "2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(normalise(EntityType.IP_ADDRESS, "::")).isEqualTo("::");
        assertThat(normalise(EntityType.IP_ADDRESS, "fe80::")).isEqualTo("fe80::");
        assertThat(normalise(EntityType.IP_ADDRESS, "0:0:0:0:0:0:0:1")).isEqualTo("::1");
        // an embedded IPv4 tail is two groups; an IPv4-mapped address keeps its dotted tail
        assertThat(normalise(EntityType.IP_ADDRESS, "64:ff9b::192.0.2.33")).isEqualTo("64:ff9b::c000:221");
        assertThat(normalise(EntityType.IP_ADDRESS, "::FFFF:c0a8:010a")).isEqualTo("::ffff:192.168.1.10")
                .isEqualTo(normalise(EntityType.IP_ADDRESS, "::ffff:192.168.1.10"));
    }

    @Test
    void textThatIsNoAddressIsKeptApartAsWritten() {
        assertThat(normalise(EntityType.IP_ADDRESS, "1.2.3")).isEqualTo("1.2.3");
        assertThat(normalise(EntityType.IP_ADDRESS, "1.2.3.256")).isEqualTo("1.2.3.256");
        assertThat(normalise(EntityType.IP_ADDRESS, "1::2::3")).isEqualTo("1::2::3");
        assertThat(normalise(EntityType.IP_ADDRESS, "Mario@Example.it")).isEqualTo("mario@example.it");
        assertThat(normalise(EntityType.MAC_ADDRESS, "00:1A:2B:3C:4D")).isEqualTo("00:1a:2b:3c:4d");
    }

    @Test
    void macAddressesAreOneInEveryNotation() {
        String canonical = "00:1a:2b:3c:4d:5e";
        assertThat(normalise(EntityType.MAC_ADDRESS, "00:1A:2B:3C:4D:5E")).isEqualTo(canonical);
        assertThat(normalise(EntityType.MAC_ADDRESS, "00-1a-2b-3c-4d-5e")).isEqualTo(canonical);
        assertThat(normalise(EntityType.MAC_ADDRESS, "001A.2B3C.4D5E")).isEqualTo(canonical);
        assertThat(normalise(EntityType.MAC_ADDRESS, "00:1a:2b:3c:4d:5f")).isNotEqualTo(canonical);
    }

    @Test
    void datesKeepTheirFields() {
        assertThat(normalise(EntityType.DATE_TIME, "01/12/1985"))
                .isEqualTo(normalise(EntityType.DATE_TIME, "1.12.1985"))
                .isEqualTo(normalise(EntityType.DATE_TIME, "1-12-1985"))
                .isNotEqualTo(normalise(EntityType.DATE_TIME, "11-2-1985"))
                .isNotEqualTo(normalise(EntityType.DATE_TIME, "1-1-21985"));
        assertThat(normalise(EntityType.DATE_OF_BIRTH, "1-12-1985")).isNotEqualTo(normalise(EntityType.DATE_OF_BIRTH, "11-2-1985"));
        assertThat(normalise(EntityType.DATE_TIME, "1985-12-01")).isEqualTo(normalise(EntityType.DATE_TIME, "1985/12/1"));
        // written dates: the month name in any case, an ordinal ending or a degree sign are no part of the date
        assertThat(normalise(EntityType.DATE_TIME, "3. März 1985")).isEqualTo(normalise(EntityType.DATE_TIME, "3 MÄRZ 1985"));
        assertThat(normalise(EntityType.DATE_TIME, "1er mars 1985")).isEqualTo(normalise(EntityType.DATE_TIME, "1 Mars 1985"));
        assertThat(normalise(EntityType.DATE_TIME, "1° maggio 1985")).isEqualTo(normalise(EntityType.DATE_TIME, "01 maggio 1985"));
        assertThat(normalise(EntityType.DATE_TIME, "13 marzo 1985")).isNotEqualTo(normalise(EntityType.DATE_TIME, "1 marzo 31985"));
    }

    @Test
    void groupedIdentifiersLoseTheirGroupingOnly() {
        assertThat(normalise(EntityType.IBAN_CODE, "it60 x054 2811 1010 0000 0123 456"))
                .isEqualTo(normalise(EntityType.IBAN_CODE, "IT60X0542811101000000123456"));
        assertThat(normalise(EntityType.CREDIT_CARD, "4111-1111-1111-1111")).isEqualTo("4111111111111111");
        assertThat(normalise(EntityType.BE_NATIONAL_NUMBER, "85.07.30-033.28")).isEqualTo("85073003328");
        assertThat(normalise(EntityType.IT_FISCAL_CODE, "rssmra85t10a562s")).isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void caseSensitiveValuesKeepTheirCase() {
        // base58 (Bitcoin legacy) and secrets tell "a" from "A"; a secret's '.', '/' and '-' are part of it
        assertThat(normalise(EntityType.CRYPTO, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"))
                .isNotEqualTo(normalise(EntityType.CRYPTO, "1BOATSLRHTKNNGKDXEEOBR76B53LETTPYT"));
        assertThat(normalise(EntityType.SECRET, "ab.c/d-E")).isNotEqualTo(normalise(EntityType.SECRET, "abcdE"))
                .isNotEqualTo(normalise(EntityType.SECRET, "ab.c/d-e"));
        // bech32 and Ethereum hex addresses do not
        assertThat(normalise(EntityType.CRYPTO, "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"))
                .isEqualTo(normalise(EntityType.CRYPTO, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        assertThat(normalise(EntityType.CRYPTO, "0x52908400098527886E0F7030069857D2E4169EE7"))
                .isEqualTo(normalise(EntityType.CRYPTO, "0x52908400098527886e0f7030069857d2e4169ee7"));
    }

    @Test
    void urlsIgnoreCaseOnlyInSchemeAndHost() {
        assertThat(normalise(EntityType.URL, "HTTPS://Example.COM/Docs?id=Ab"))
                .isEqualTo(normalise(EntityType.URL, "https://example.com/Docs?id=Ab"))
                .isNotEqualTo(normalise(EntityType.URL, "https://example.com/docs?id=ab"));
        assertThat(normalise(EntityType.URL, "https://Mario:PW@Example.com/X"))
                .isEqualTo("https://Mario:PW@example.com/X");
        assertThat(normalise(EntityType.URL, "WWW.Example.com/Share/AbC")).isEqualTo("www.example.com/Share/AbC");
        // a "://" in the query is no scheme: the path before it keeps its case
        assertThat(normalise(EntityType.URL, "www.Example.com/Go?to=https://x"))
                .isEqualTo("www.example.com/Go?to=https://x");
    }

    @Test
    void namesAndTopicsIgnoreCaseAndSpacing() {
        assertThat(normalise(EntityType.PERSON, " Mario   ROSSI ")).isEqualTo("mario rossi");
        assertThat(normalise(EntityType.HEALTH, "Type 2  Diabetes")).isEqualTo("type 2 diabetes");
        assertThat(normalise(EntityType.EMAIL_ADDRESS, "Mario@Example.it")).isEqualTo("mario@example.it");
        assertThat(normalise(EntityType.PHONE_NUMBER, "0039 02 1234 5678")).isEqualTo("+390212345678");
    }

    @Test
    void everyTypeHasACanonicalForm() {
        for (EntityType type : EntityType.values()) {
            assertThat(normalise(type, "  Xy-1  ")).as(type.name()).isNotBlank();
        }
    }
}
