package eu.dogana.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

    private static final String PURPOSE = """
            purposes:
              - id: support
                description: Support
                legal_basis: contract
                retention_days: 30
            """;

    @TempDir
    Path dir;

    private String errors() {
        LoadResult result = Bundles.load(dir);
        assertThat(result.ok()).as("load should fail").isFalse();
        return String.join("\n", result.errors().stream().map(PolicyError::toString).toList());
    }

    @Test
    void unknownKeyIsReportedAtTheKey() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    action: allow
                    reason: ok
                    legal_ref: GDPR Art. 6(1)
                    colour: blue
                """);
        assertThat(errors()).startsWith("p.yaml:11:5: unknown key 'colour' (expected one of: action, description,");
    }

    @Test
    void unknownTopLevelKey() {
        Bundles.write(dir, "p.yaml", PURPOSE + "rulez: []\n");
        assertThat(errors()).startsWith("p.yaml:6:1: unknown key 'rulez'");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        Bundles.write(dir, "p.yaml", """
                purposes:
                  - id: support
                    description: Support
                    legal_basis: contract
                    retention_days: thirty
                """);
        assertThat(errors()).isEqualTo("p.yaml:5:21: 'retention_days' must be an integer, got 'thirty'");
    }

    @Test
    void listWhereAMappingBelongs() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                residency: [EEA]
                """);
        assertThat(errors()).isEqualTo("p.yaml:6:12: 'residency' must be a mapping, got a list");
    }

    @Test
    void conditionThatDoesNotParse() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    when: "request.tokens >"
                    action: deny
                    reason: no
                    legal_ref: x
                """);
        assertThat(errors()).startsWith("p.yaml:8:28: invalid condition: mismatched input '<EOF>'");
    }

    @Test
    void conditionThatDoesNotTypeCheckPointsAtTheOperator() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    when: request.tokens > 'many'
                    action: deny
                    reason: no
                    legal_ref: x
                """);
        assertThat(errors()).startsWith("p.yaml:8:26: invalid condition: found no matching overload for '_>_'");
    }

    @Test
    void undeclaredVariable() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    when: "principal.name == 'x'"
                    action: deny
                    reason: no
                    legal_ref: x
                """);
        assertThat(errors()).startsWith("p.yaml:8:12: invalid condition: undeclared reference to 'principal'");
    }

    @Test
    void conditionMustBeBoolean() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    when: request.tokens
                    action: deny
                    reason: no
                    legal_ref: x
                """);
        // CEL places a select at its dot.
        assertThat(errors()).isEqualTo("p.yaml:8:18: invalid condition: expected type 'bool' but found 'int'");
    }

    @Test
    void errorInALiteralBlockIsReportedOnItsOwnLine() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    when: |
                      purpose == 'support' &&
                        request.tokens > 'a'
                    action: deny
                    reason: no
                    legal_ref: x
                """);
        assertThat(errors()).startsWith("p.yaml:10:24: invalid condition: found no matching overload");
    }

    @Test
    void unknownEntityNames() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    when: findings.count['IBAN'] > 0 || 'EMAIL' in findings.types
                    action: transform
                    transform:
                      entities:
                        IBAN: redact
                    reason: no
                    legal_ref: x
                """);
        assertThat(errors()).isEqualTo("""
                p.yaml:8:26: invalid condition: unknown entity type 'IBAN'
                p.yaml:8:41: invalid condition: unknown entity type 'EMAIL'
                p.yaml:12:9: unknown entity type 'IBAN'""");
    }

    @Test
    void unknownPurposes() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    scope:
                      purposes: [suport]
                    when: purpose in ['support', 'hr']
                    action: deny
                    reason: no
                    legal_ref: x
                """);
        assertThat(errors()).isEqualTo("""
                p.yaml:9:18: unknown purpose 'suport'
                p.yaml:10:34: invalid condition: unknown purpose 'hr'""");
    }

    @Test
    void duplicateIdsAcrossFiles() {
        Bundles.write(dir, "a.yaml", PURPOSE + """
                rules:
                  - id: r1
                    action: allow
                    reason: ok
                    legal_ref: x
                """);
        Bundles.write(dir, "b.yaml", PURPOSE + """
                rules:
                  - id: r1
                    action: deny
                    reason: no
                    legal_ref: x
                """);
        assertThat(errors()).isEqualTo("""
                b.yaml:2:9: duplicate purpose id 'support' (first defined at a.yaml:2:9)
                b.yaml:7:9: duplicate rule id 'r1' (first defined at a.yaml:7:9)""");
    }

    @Test
    void duplicateKeyInOneMapping() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    action: allow
                    action: deny
                    reason: ok
                    legal_ref: x
                """);
        assertThat(errors()).isEqualTo("p.yaml:9:5: duplicate key 'action' (first at line 8)");
    }

    @Test
    void everyErrorIsCollectedSortedByPosition() {
        Bundles.write(dir, "a.yaml", """
                purposes:
                  - id: p1
                    description: d
                    legal_basis: contrac
                    retention_days: -1
                    data_categories: [IDENTITY, SPECIAL]
                """);
        Bundles.write(dir, "b.yaml", """
                residency:
                  allow: [EEA, XX]
                rules:
                  - id: r1
                    action: forbid
                    reason: no
                """);
        assertThat(errors()).isEqualTo("""
                a.yaml:4:18: unknown legal basis 'contrac' (expected one of: consent, contract, legal_obligation,\
                 vital_interests, public_task, legitimate_interests)
                a.yaml:5:21: 'retention_days' must be between 0 and 2147483647, got -1
                a.yaml:6:33: data category SPECIAL is allowed only through special_categories, naming an Art. 9(2)\
                 condition
                b.yaml:2:16: unknown region 'XX' (expected an ISO 3166-1 alpha-2 code, US-DPF, or one of EU, EEA,\
                 ADEQUACY)
                b.yaml:4:5: missing key 'legal_ref'
                b.yaml:5:13: unknown action 'forbid' (expected one of: allow, deny, transform, route, require)""");
    }

    @Test
    void specialCategoriesNeedAnArt9Condition() {
        Bundles.write(dir, "p.yaml", """
                purposes:
                  - id: care
                    description: Care
                    legal_basis: contract
                    retention_days: 30
                    special_categories:
                      types: [HEALTH, PERSON]
                      condition: treatment
                """);
        assertThat(errors()).isEqualTo("""
                p.yaml:7:7: special categories need 'art9_2': the point of GDPR Art. 9(2) relied on
                p.yaml:7:23: PERSON is not a special category (Art. 9) or criminal (Art. 10) type""");
    }

    @Test
    void keepContentIsNoneUnlessThePurposeSaysSo() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                  - id: claims
                    description: Claims handling
                    legal_basis: contract
                    retention_days: 60
                    keep_content: prompt_and_answer
                  - id: intake
                    description: Intake
                    legal_basis: contract
                    retention_days: 7
                    keep_content: prompt
                """);
        PolicyBundle bundle = Bundles.bundle(dir);
        assertThat(bundle.purposes().get("support").keepContent()).isEqualTo(ContentKeeping.NONE);
        assertThat(bundle.purposes().get("claims").keepContent()).isEqualTo(ContentKeeping.PROMPT_AND_ANSWER);
        assertThat(bundle.purposes().get("claims").keepContent().keepsAnswer()).isTrue();
        assertThat(bundle.purposes().get("intake").keepContent().keepsAnswer()).isFalse();
        assertThat(bundle.purposes().get("intake").keepContent().keepsPrompt()).isTrue();
    }

    @Test
    void keepContentAcceptsOnlyItsThreeValues() {
        Bundles.write(dir, "p.yaml", """
                purposes:
                  - id: claims
                    description: Claims handling
                    legal_basis: contract
                    retention_days: 60
                    keep_content: everything
                  - id: intake
                    description: Intake
                    legal_basis: contract
                    retention_days: 7
                    keep_content: [prompt]
                """);
        assertThat(errors()).isEqualTo("""
                p.yaml:6:19: 'keep_content' must be none, prompt or prompt_and_answer, got 'everything'
                p.yaml:11:19: 'keep_content' must be a string, got a list""");
    }

    @Test
    void yamlSyntaxError() {
        Bundles.write(dir, "p.yaml", "rules:\n  - id: [r1\n");
        assertThat(errors()).startsWith("p.yaml:3:1:");
    }

    @Test
    void actionKeysGoWithTheirAction() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    action: allow
                    transform:
                      entities:
                        SECRET: redact
                    reason: ok
                    legal_ref: x
                  - id: r2
                    action: route
                    reason: eu
                    legal_ref: x
                """);
        assertThat(errors()).isEqualTo("""
                p.yaml:9:5: 'transform' only goes with action: transform
                p.yaml:14:5: missing key 'route' for action route""");
    }

    @Test
    void answerTransformsCannotPseudonymize() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                output:
                  answer_transforms:
                    categories:
                      CONTACT: pseudonymize
                    entities:
                      SECRET: redact
                      PERSON: {op: pseudonymize}
                """);
        assertThat(errors()).isEqualTo("""
                p.yaml:9:16: answer_transforms cannot pseudonymize: nobody could restore a placeholder in an \
                answer (use replace, mask, hash or redact)
                p.yaml:12:15: answer_transforms cannot pseudonymize: nobody could restore a placeholder in an \
                answer (use replace, mask, hash or redact)""");
    }

    @Test
    void emptyDirectoryIsAnError() {
        assertThat(errors()).endsWith("1:1: no policy files (*.yaml, *.yml)");
    }

    @Test
    void validBundleLoads() {
        Bundles.write(dir, "p.yaml", PURPOSE + """
                rules:
                  - id: r1
                    when: findings.count['IBAN_CODE'] > 0 && purpose == 'support'
                    action: transform
                    transform:
                      entities:
                        IBAN_CODE: {op: mask, keep_last: 4}
                        EMAIL_ADDRESS: {op: replace, with: "[email]"}
                      categories:
                        NATIONAL_ID: hash
                    reason: ok
                    legal_ref: x
                """);
        PolicyBundle bundle = Bundles.bundle(dir);
        Rule rule = bundle.rules().get(0);
        assertThat(rule.location()).isEqualTo("p.yaml:7:5");
        assertThat(rule.transforms())
                .containsEntry(eu.dogana.pii.EntityType.IBAN_CODE, new Transform(Operator.MASK, 4, ""))
                .containsEntry(eu.dogana.pii.EntityType.EMAIL_ADDRESS, new Transform(Operator.REPLACE, 0, "[email]"))
                .containsEntry(eu.dogana.pii.EntityType.IT_FISCAL_CODE, Transform.of(Operator.HASH));
        assertThat(bundle.allowedRegions()).contains("DE", "IS", "CH", "GB", "JP").doesNotContain("US", "CN");
    }
}
