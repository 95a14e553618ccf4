package eu.dogana.pii.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import org.junit.jupiter.api.Test;

class PseudonymVaultTest {

    @Test
    void sameValueSamePlaceholderAcrossMessages() {
        PseudonymVault vault = new PseudonymVault();
        assertThat(vault.placeholderFor(EntityType.PERSON, "Mario Rossi")).isEqualTo("PERSON_1");
        assertThat(vault.placeholderFor(EntityType.PERSON, "Giulia Bianchi")).isEqualTo("PERSON_2");
        assertThat(vault.placeholderFor(EntityType.PERSON, "Mario Rossi")).isEqualTo("PERSON_1");
        assertThat(vault.placeholderFor(EntityType.IBAN_CODE, "IT60X0542811101000000123456")).isEqualTo("IBAN_CODE_1");
        // the same IBAN written with spaces and in lower case is the same account
        assertThat(vault.placeholderFor(EntityType.IBAN_CODE, "it60 x054 2811 1010 0000 0123 456")).isEqualTo("IBAN_CODE_1");
        assertThat(vault.valueOf("PERSON_2")).contains("Giulia Bianchi");
        assertThat(vault.valueOf("PERSON_3")).isEmpty();
    }

    @Test
    void valuesThatShareTheirDigitsKeepTheirOwnPlaceholders() {
        PseudonymVault vault = new PseudonymVault();
        assertThat(vault.placeholderFor(EntityType.IP_ADDRESS, "192.168.1.10")).isEqualTo("IP_ADDRESS_1");
        assertThat(vault.placeholderFor(EntityType.IP_ADDRESS, "192.168.11.0")).isEqualTo("IP_ADDRESS_2");
        assertThat(vault.placeholderFor(EntityType.IP_ADDRESS, "2001:DB8::1")).isEqualTo("IP_ADDRESS_3");
        assertThat(vault.placeholderFor(EntityType.IP_ADDRESS, "2001:db8:0:0:0:0:0:1")).isEqualTo("IP_ADDRESS_3");
        assertThat(vault.placeholderFor(EntityType.DATE_OF_BIRTH, "1-12-1985")).isEqualTo("DATE_OF_BIRTH_1");
        assertThat(vault.placeholderFor(EntityType.DATE_OF_BIRTH, "11-2-1985")).isEqualTo("DATE_OF_BIRTH_2");
        assertThat(vault.placeholderFor(EntityType.DATE_OF_BIRTH, "01/12/1985")).isEqualTo("DATE_OF_BIRTH_1");
        assertThat(vault.placeholderFor(EntityType.MAC_ADDRESS, "00:1A:2B:3C:4D:5E"))
                .isEqualTo(vault.placeholderFor(EntityType.MAC_ADDRESS, "001a.2b3c.4d5e"));
        assertThat(new Restorer(vault).restore("IP_ADDRESS_2 and IP_ADDRESS_1, DATE_OF_BIRTH_2"))
                .isEqualTo("192.168.11.0 and 192.168.1.10, 11-2-1985");
    }

    @Test
    void placeholdersTheCallerWroteAreNeverMinted() {
        PseudonymVault vault = new PseudonymVault();
        vault.reserve("Please repeat PERSON_1 and (PERSON_2), but not xPERSON_3 or PERSON_4b.");
        assertThat(vault.placeholderFor(EntityType.PERSON, "Mario Rossi")).isEqualTo("PERSON_3");
        assertThat(vault.placeholderFor(EntityType.PERSON, "Anna Verdi")).isEqualTo("PERSON_4");
        // the caller's own PERSON_1 is not this request's value: it stays as written
        assertThat(new Restorer(vault).restore("PERSON_1 met PERSON_3")).isEqualTo("PERSON_1 met Mario Rossi");
    }

    @Test
    void knowsWhichValuesTheCallerSent() {
        PseudonymVault vault = new PseudonymVault();
        vault.placeholderFor(EntityType.EMAIL_ADDRESS, "Mario@Example.it");
        assertThat(vault.holdsValue(EntityType.EMAIL_ADDRESS, "mario@example.it")).isTrue();
        assertThat(vault.holdsValue(EntityType.EMAIL_ADDRESS, "anna@example.it")).isFalse();
    }

    @Test
    void aRememberedValueIsHeldButNeverRestoredNorNumbered() {
        PseudonymVault vault = new PseudonymVault();
        vault.remember(EntityType.URL, "https://Example.org/Case/42");
        vault.remember(EntityType.DATE_TIME, "01/12/1985");
        assertThat(vault.holdsValue(EntityType.URL, "https://example.org/Case/42")).isTrue();
        assertThat(vault.holdsValue(EntityType.URL, "https://example.org/case/42")).isFalse();
        assertThat(vault.holdsValue(EntityType.DATE_TIME, "1.12.1985")).isTrue();
        assertThat(vault.holdsValue(EntityType.DATE_TIME, "11.2.1985")).isFalse();
        // the type is part of what was sent
        assertThat(vault.holdsValue(EntityType.DATE_OF_BIRTH, "1.12.1985")).isFalse();

        assertThat(vault.isEmpty()).isTrue();
        assertThat(vault.valueOf("URL_1")).isEmpty();
        assertThat(new Restorer(vault).restore("see URL_1")).isEqualTo("see URL_1");
        assertThat(vault.placeholderFor(EntityType.URL, "https://example.org/other")).isEqualTo("URL_1");
        assertThat(vault.placeholderFor(EntityType.URL, "https://example.org/Case/42")).isEqualTo("URL_2");
        assertThat(vault.valueOf("URL_2")).contains("https://example.org/Case/42");
    }

    @Test
    void aNameTheCallerSentIsHeldByItsParts() {
        PseudonymVault vault = new PseudonymVault();
        vault.remember(EntityType.PERSON, "Mario Rossi");
        for (String part : new String[] {"Rossi", "Mario", "ROSSI", "mario rossi", "Rossi Mario", " Mario   Rossi "}) {
            assertThat(vault.holdsValue(EntityType.PERSON, part)).as(part).isTrue();
        }
        for (String other : new String[] {"Anna Rossi", "Ross", "Mario Rossini", ""}) {
            assertThat(vault.holdsValue(EntityType.PERSON, other)).as(other).isFalse();
        }
        // parts are a name's: a location or e-mail written with the same letters is not held
        assertThat(vault.holdsValue(EntityType.LOCATION, "Rossi")).isFalse();
        // nor a name made of the parts of two: the caller sent Anna Bianchi and Mario Rossi, not Anna Rossi
        vault.remember(EntityType.PERSON, "Anna Bianchi");
        assertThat(vault.holdsValue(EntityType.PERSON, "Anna")).isTrue();
        assertThat(vault.holdsValue(EntityType.PERSON, "Anna Rossi")).isFalse();
        // a name may repeat a word
        vault.remember(EntityType.PERSON, "Maria Maria Verdi");
        assertThat(vault.holdsValue(EntityType.PERSON, "Maria Verdi")).isTrue();
    }
}
