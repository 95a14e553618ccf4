package eu.dogana.pii.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnonymizerTest {

    private static final String TEXT = "Mario Rossi, IBAN IT60X0542811101000000123456, mail mario@example.it";
    private static final List<Finding> FINDINGS = List.of(
            new Finding(EntityType.PERSON, 0, 11, 0.85, "test"),
            new Finding(EntityType.IBAN_CODE, 18, 45, 1.0, "test"),
            new Finding(EntityType.EMAIL_ADDRESS, 52, 68, 1.0, "test"));

    private final Anonymizer anonymizer =
            new Anonymizer(Optional.of(new KeyedHash("0123456789abcdef-tenant".getBytes(StandardCharsets.UTF_8))));

    @Test
    void eachOperator() {
        OperatorPlan plan = new OperatorPlan(Map.of(
                EntityType.PERSON, Operator.PSEUDONYMIZE,
                EntityType.IBAN_CODE, Operator.parse("mask:4"),
                EntityType.EMAIL_ADDRESS, Operator.parse("replace")), Operator.REDACT);
        Anonymized result = anonymizer.apply(TEXT, FINDINGS, plan, new PseudonymVault());
        assertThat(result.text()).isEqualTo("PERSON_1, IBAN ***********************3456, mail <EMAIL_ADDRESS>");
        assertThat(result.items()).extracting(Replacement::operator).containsExactly("pseudonymize", "mask", "replace");
        Replacement iban = result.items().get(1);
        assertThat(result.text().substring(iban.start(), iban.end())).isEqualTo(iban.text());

        assertThat(anonymizer.apply(TEXT, FINDINGS, OperatorPlan.uniform(Operator.REDACT), new PseudonymVault()).text())
                .isEqualTo(", IBAN , mail ");
        assertThat(anonymizer.apply(TEXT, FINDINGS, OperatorPlan.uniform(Operator.KEEP), new PseudonymVault()).changed())
                .isFalse();
    }

    @Test
    void maskingNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "id 𝒜𝒜b-12𝒜";
        List<Finding> whole = List.of(new Finding(EntityType.PERSON, 3, text.length(), 1.0, "test"));
        assertThat(anonymizer.apply(text, whole, OperatorPlan.uniform(new Operator.Mask('*', 2)), new PseudonymVault()).text())
                .isEqualTo("id ***-*2𝒜");
        assertThat(anonymizer.apply(text, whole, OperatorPlan.uniform(new Operator.MaskChars('#', 2, true)),
                new PseudonymVault()).text()).isEqualTo("id 𝒜𝒜b-1##");
        assertThat(anonymizer.apply(text, whole, OperatorPlan.uniform(new Operator.MaskChars('#', 2, false)),
                new PseudonymVault()).text()).isEqualTo("id ##b-12𝒜");
        assertThat(anonymizer.apply(text, whole, OperatorPlan.uniform(new Operator.MaskChars('#', 99, false)),
                new PseudonymVault()).text()).isEqualTo("id #######");
        // lone surrogates stay as and where they were: never paired up, never reordered
        String broken = "x \uDC00\uD800a1";
        assertThat(anonymizer.apply(broken, List.of(new Finding(EntityType.PERSON, 2, broken.length(), 1.0, "test")),
                OperatorPlan.uniform(new Operator.Mask('*', 0)), new PseudonymVault()).text()).isEqualTo("x \uDC00\uD800**");
    }

    @Test
    void hashIsKeyedAndStable() {
        OperatorPlan plan = OperatorPlan.uniform(Operator.HASH);
        String once = anonymizer.apply(TEXT, FINDINGS, plan, new PseudonymVault()).text();
        assertThat(once).isEqualTo(anonymizer.apply(TEXT, FINDINGS, plan, new PseudonymVault()).text());
        assertThat(once).doesNotContain("Mario").matches("[0-9a-f]{64}, IBAN [0-9a-f]{64}, mail [0-9a-f]{64}");
        Anonymizer otherTenant = new Anonymizer(Optional.of(new KeyedHash("another-tenant-key-16".getBytes(StandardCharsets.UTF_8))));
        assertThat(otherTenant.apply(TEXT, FINDINGS, plan, new PseudonymVault()).text()).isNotEqualTo(once);
    }

    @Test
    void hashIsOfTheCanonicalFormSoSpellingsOfOneValueJoin() {
        KeyedHash key = new KeyedHash("0123456789abcdef-tenant".getBytes(StandardCharsets.UTF_8));
        String lower = "mario@example.it";
        String mixed = "Mario@Example.IT";
        Anonymized hashed = anonymizer.apply(mixed + " " + lower, List.of(
                new Finding(EntityType.EMAIL_ADDRESS, 0, mixed.length(), 1.0, "test"),
                new Finding(EntityType.EMAIL_ADDRESS, mixed.length() + 1, mixed.length() + 1 + lower.length(), 1.0, "test")),
                OperatorPlan.uniform(Operator.HASH), new PseudonymVault());
        assertThat(hashed.text()).isEqualTo(key.hex(lower) + " " + key.hex(lower));

        String grouped = "IT60 X054 2811 1010 0000 0123 456";
        assertThat(anonymizer.apply(grouped, List.of(new Finding(EntityType.IBAN_CODE, 0, grouped.length(), 1.0, "test")),
                OperatorPlan.uniform(Operator.HASH), new PseudonymVault()).text())
                .isEqualTo(key.hex("IT60X0542811101000000123456"));
        // two values that share their digits are still two
        String ips = "192.168.1.10 192.168.11.0";
        Anonymized twoAddresses = anonymizer.apply(ips, List.of(new Finding(EntityType.IP_ADDRESS, 0, 12, 1.0, "test"),
                new Finding(EntityType.IP_ADDRESS, 13, 25, 1.0, "test")), OperatorPlan.uniform(Operator.HASH), new PseudonymVault());
        assertThat(twoAddresses.items().get(0).text()).isNotEqualTo(twoAddresses.items().get(1).text());
    }

    @Test
    void specialCategoriesAreKeptUnlessNamed() {
        List<Finding> findings = List.of(new Finding(EntityType.HEALTH, 0, 5, 0.8, "test"));
        assertThat(anonymizer.apply("Mario has diabetes", findings, OperatorPlan.uniform(Operator.REDACT), new PseudonymVault())
                .changed()).isFalse();
    }

    @Test
    void parsesOperatorSpecs() {
        assertThat(Operator.parse("mask:4")).isEqualTo(new Operator.Mask('*', 4));
        assertThat(Operator.parse("replace:[removed]")).isEqualTo(new Operator.Replace(Optional.of("[removed]")));
        assertThat(Operator.parse(" Pseudonymise ")).isEqualTo(Operator.PSEUDONYMIZE);
        assertThatThrownBy(() -> Operator.parse("shred")).hasMessageContaining("unknown operator 'shred'");
        assertThatThrownBy(() -> Operator.parse("mask:x")).hasMessageContaining("mask:4");
    }
}
