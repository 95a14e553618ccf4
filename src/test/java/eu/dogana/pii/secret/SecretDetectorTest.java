package eu.dogana.pii.secret;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretDetectorTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
            + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    private final DetectorHarness harness = new DetectorHarness(new SecretDetector());

    @Test
    void findsPemPrivateKeyBlocks() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
                + "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----";
        Finding f = harness.assertFinds("Here is my key:\n" + pem + "\nthanks", pem);
        assertThat(f.type()).isEqualTo(EntityType.SECRET);
        assertThat(f.score()).isEqualTo(1.0);
        String openssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==";
        harness.assertFinds(openssh + "\n\n(truncated)", openssh);
    }

    @Test
    void ignoresCertificatesAndPublicKeys() {
        harness.assertFindsNothing("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n"
                + "-----END CERTIFICATE-----");
        harness.assertFindsNothing("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----");
    }

    @Test
    void findsJsonWebTokens() {
        Finding f = harness.assertFinds("Authorization: Bearer " + JWT + "\n", JWT);
        assertThat(f.score()).isGreaterThanOrEqualTo(0.9);
        // header {"typ":"JWT"} names no algorithm
        harness.assertFindsNothing("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl");
        harness.assertFindsNothing("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 alone is no token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIAIOSFODNN7EXAMPLE", "ghp_hwuw4wb8dLVlsdk1wnTRQWhYpZa8fG4aHkY1",
        "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",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
        "dg_KcQvn6izd9m3cwzbihtLzFuB20zyXBMND53Z7LCxkmo", "glpat-xR4nd0mT0k3nV4lu3Zz9"})
    void findsVendorTokens(String token) {
        Finding f = harness.assertFinds("use " + token + " for the build", token);
        assertThat(f.score()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void rejectsTokenLookalikes() {
        harness.assertFindsNothing("AKIAIOSFODNN7EXAMPL is one short");
        harness.assertFindsNothing("the sk-learn-library-tutorial-page");
        harness.assertFindsNothing("ghp_short123");
        harness.assertFindsNothing("dg_key is our prefix");
        harness.assertFindsNothing("xAKIAIOSFODNN7EXAMPLE glued");
    }

    @Test
    void findsPasswordValuesInEightLanguages() {
        harness.assertFinds("login with password=hunter2! please", "hunter2!");
        harness.assertFinds("DB_PASSWORD: 's3cr3t-Value'", "s3cr3t-Value");
        harness.assertFinds("Mein Passwort: Geheim123.", "Geheim123");
        harness.assertFinds("La contraseña: MiClave2024, no la compartas", "MiClave2024");
        harness.assertFinds("Votre mot de passe : azerty123", "azerty123");
        harness.assertFinds("wachtwoord=Welkom01", "Welkom01");
        harness.assertFinds("hasło: Zaq12wsx", "Zaq12wsx");
        harness.assertFinds("senha=abc12345; usuario=joao", "abc12345");
        harness.assertFinds("{\"api_key\": \"abcd1234efgh\"}", "abcd1234efgh");
        harness.assertFinds("pwd:xyz987", "xyz987");
        Finding f = harness.single("client_secret = Zm9vYmFy");
        assertThat(f.score()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void ignoresPlaceholdersAndNonSecretKeys() {
        harness.assertFindsNothing("password: ********");
        harness.assertFindsNothing("password=<your password>");
        harness.assertFindsNothing("password=${DB_PASS}");
        harness.assertFindsNothing("the password is long and secret");
        harness.assertFindsNothing("keyword: value, username=anna");
        harness.assertFindsNothing("passe : le ballon");
    }

    @Test
    void highEntropyStringsOnlyAfterKeyWords() {
        String random = "q8Zr3kT1vXw9PmN2bYc7LdF4hJs6GtK0";
        harness.assertFinds("Bearer " + random, random);
        harness.assertFinds("Il token è " + random + ".", random);
        harness.assertFindsNothing("the commit " + random + " fixed it");
        harness.assertFindsNothing("token aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    }
}
