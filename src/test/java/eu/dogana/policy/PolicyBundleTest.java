package eu.dogana.policy;

import static eu.dogana.pii.EntityType.EMAIL_ADDRESS;
import static eu.dogana.pii.EntityType.HEALTH;
import static eu.dogana.pii.EntityType.IBAN_CODE;
import static eu.dogana.pii.EntityType.PERSON;
import static eu.dogana.pii.EntityType.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyBundleTest {

    private static final String PURPOSES = """
            purposes:
              - id: support
                description: Support
                legal_basis: contract
                retention_days: 30
                data_categories: [IDENTITY, CONTACT]
              - id: hr_health_management
                description: Sickness absence
                legal_basis: legal_obligation
                retention_days: 365
                special_categories:
                  types: [HEALTH]
                  art9_2: b
                  condition: employment law
                output:
                  reasoning: keep
            """;

    private static final String ALLOW_ALL = """
              - id: allow-all
                action: allow
                reason: allowed
                legal_ref: GDPR Art. 6(1)(b)
            """;

    @TempDir
    Path dir;

    private PolicyBundle bundle(String rules) {
        return Bundles.bundle(dir, PURPOSES + "rules:\n" + rules);
    }

    @Test
    void allowDecidesWithItsRuleAndLegalReference() {
        Decision decision = bundle(ALLOW_ALL).decide(Bundles.input().build());
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.ruleId()).isEqualTo("allow-all");
        assertThat(decision.legalRef()).isEqualTo("GDPR Art. 6(1)(b)");
        assertThat(decision.bundleHash()).hasSize(64).isEqualTo(Bundles.bundle(dir).hash());
        assertThat(decision.purpose()).map(Purpose::legalBasis).contains(LegalBasis.CONTRACT);
        assertThat(decision.eligibleRegions()).containsExactly("DE");
    }

    @Test
    void withoutAnAllowTheRequestIsDenied() {
        Decision decision = bundle("""
                  - id: never
                    when: "false"
                    action: allow
                    reason: never
                    legal_ref: x
                """).decide(Bundles.input().build());
        assertThat(decision.verdict()).isEqualTo(Verdict.DENY);
        assertThat(decision.ruleId()).isEqualTo("default-deny");
        assertThat(decision.legalRef()).isEqualTo("GDPR Art. 6(1)");
    }

    @Test
    void denyWinsOverAnEarlierAllow() {
        Decision decision = bundle(ALLOW_ALL + """
                  - id: special-without-condition
                    when: findings.special.size() > 0 && !(purpose in ['hr_health_management'])
                    action: deny
                    reason: special categories need an Art. 9(2) condition
                    legal_ref: GDPR Art. 9(1)
                """).decide(Bundles.input().found(HEALTH).build());
        assertThat(decision.verdict()).isEqualTo(Verdict.DENY);
        assertThat(decision.ruleId()).isEqualTo("special-without-condition");
        assertThat(decision.reason()).isEqualTo("special categories need an Art. 9(2) condition");
        assertThat(decision.legalRef()).isEqualTo("GDPR Art. 9(1)");
        assertThat(decision.transforms()).isEmpty();
    }

    @Test
    void theSameDenyDoesNotFireForThePurposeWithTheCondition() {
        Decision decision = bundle(ALLOW_ALL + """
                  - id: special-without-condition
                    when: findings.special.size() > 0 && !(purpose in ['hr_health_management'])
                    action: deny
                    reason: special categories need an Art. 9(2) condition
                    legal_ref: GDPR Art. 9(1)
                """).decide(Bundles.input().purpose("hr_health_management").found(HEALTH).build());
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.output().dropReasoning()).isFalse();
    }

    @Test
    void firstMatchingAllowIsTheDecidingRule() {
        Decision decision = bundle("""
                  - id: allow-hr
                    when: "'hr' in principal.roles"
                    action: allow
                    reason: hr staff
                    legal_ref: first
                  - id: allow-support
                    when: purpose == 'support'
                    action: allow
                    reason: support
                    legal_ref: second
                """).explain(Bundles.input().roles("hr", "caller").build());
        assertThat(decision.ruleId()).isEqualTo("allow-hr");
        assertThat(decision.matchedRules()).containsExactly("allow-hr", "allow-support");
        assertThat(decision.trace()).extracting(RuleTrace::detail)
                .contains("already allowed by allow-hr");
    }

    @Test
    void transformsOfAllMatchingRulesMergeAndTheStricterWins() {
        Decision decision = bundle(ALLOW_ALL + """
                  - id: mask-iban
                    when: findings.count['IBAN_CODE'] > 0
                    action: transform
                    transform:
                      entities:
                        IBAN_CODE: {op: mask, keep_last: 4}
                        PERSON: keep
                    reason: minimise
                    legal_ref: GDPR Art. 5(1)(c)
                  - id: stricter
                    action: transform
                    transform:
                      entities:
                        IBAN_CODE: {op: mask, keep_last: 2}
                        PERSON: pseudonymize
                        SECRET: redact
                    reason: protect
                    legal_ref: GDPR Art. 32(1)
                  - id: laxer
                    action: transform
                    transform:
                      entities:
                        SECRET: hash
                    reason: weaker
                    legal_ref: x
                """).decide(Bundles.input().found(Map.of(IBAN_CODE, 1, PERSON, 2)).build());
        assertThat(decision.verdict()).isEqualTo(Verdict.TRANSFORM);
        assertThat(decision.ruleId()).isEqualTo("allow-all");
        assertThat(decision.transformFor(IBAN_CODE)).isEqualTo(new Transform(Operator.MASK, 2, ""));
        assertThat(decision.transformFor(PERSON)).isEqualTo(Transform.of(Operator.PSEUDONYMIZE));
        assertThat(decision.transformFor(SECRET)).isEqualTo(Transform.of(Operator.REDACT));
        assertThat(decision.transformFor(EMAIL_ADDRESS)).isEqualTo(Transform.KEEP);
    }

    @Test
    void transformsOfTypesNotFoundLeaveTheVerdictAllow() {
        Decision decision = bundle(ALLOW_ALL + """
                  - id: secrets
                    action: transform
                    transform:
                      entities:
                        SECRET: redact
                    reason: protect
                    legal_ref: GDPR Art. 32(1)
                """).decide(Bundles.input().found(PERSON).build());
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.transformFor(SECRET).operator()).isEqualTo(Operator.REDACT);
    }

    @Test
    void firstMatchingRouteApplies() {
        PolicyBundle bundle = bundle(ALLOW_ALL + """
                  - id: route-health
                    when: "'HEALTH' in findings.special"
                    action: route
                    route: {backend: onprem-it}
                    reason: health data stays on premises
                    legal_ref: GDPR Art. 32(1)
                  - id: route-any
                    action: route
                    route: {backend: cloud-eu, model: small}
                    reason: default
                    legal_ref: x
                """);
        assertThat(bundle.decide(Bundles.input().purpose("hr_health_management").found(HEALTH).build()).route())
                .contains(new Route(Optional.of("onprem-it"), Optional.empty()));
        assertThat(bundle.decide(Bundles.input().build()).route())
                .contains(new Route(Optional.of("cloud-eu"), Optional.of("small")));
    }

    @Test
    void requirementsAccumulate() {
        Decision decision = bundle(ALLOW_ALL + """
                  - id: consent
                    action: require
                    require: {header: X-Dogana-Consent-Ref}
                    reason: consent must be referenced
                    legal_ref: GDPR Art. 7(1)
                  - id: ticket
                    when: model == 'm'
                    action: require
                    require: {header: X-Ticket}
                    reason: traceability
                    legal_ref: x
                  - id: consent-again
                    action: require
                    require: {header: X-Dogana-Consent-Ref}
                    reason: twice
                    legal_ref: x
                """).decide(Bundles.input().build());
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.requiredHeaders()).containsExactly("X-Dogana-Consent-Ref", "X-Ticket");
    }

    @Test
    void missingPurposeIsRefusedByARule() {
        Decision decision = bundle("""
                  - id: purpose-required
                    when: purpose == ""
                    action: deny
                    reason: declare a purpose
                    legal_ref: GDPR Art. 5(1)(b)
                """ + ALLOW_ALL).decide(Bundles.input().purpose(null).build());
        assertThat(decision.ruleId()).isEqualTo("purpose-required");
        assertThat(decision.reason()).isEqualTo("declare a purpose");
        assertThat(decision.purpose()).isEmpty();
    }

    @Test
    void rulesScopedToATenantNeverTouchAnother() {
        Bundles.write(dir, "10-base.yaml", PURPOSES + "rules:\n" + ALLOW_ALL);
        Bundles.write(dir, "20-acme.yaml", """
                scope:
                  tenants: [acme]
                rules:
                  - id: acme-no-iban
                    when: findings.count['IBAN_CODE'] > 0
                    action: deny
                    reason: acme sends no bank details
                    legal_ref: acme policy 4.2
                  - id: acme-hr-only
                    scope:
                      roles: [hr]
                    action: transform
                    transform:
                      entities:
                        PERSON: redact
                    reason: acme hr
                    legal_ref: x
                """);
        PolicyBundle bundle = Bundles.bundle(dir);
        PolicyInput acme = Bundles.input().tenant("acme").roles("hr").found(Map.of(IBAN_CODE, 1)).build();
        PolicyInput globex = Bundles.input().tenant("globex").roles("hr").found(Map.of(IBAN_CODE, 1)).build();
        assertThat(bundle.decide(acme).ruleId()).isEqualTo("acme-no-iban");
        Decision other = bundle.explain(globex);
        assertThat(other.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(other.trace())
                .filteredOn(t -> t.ruleId().startsWith("acme"))
                .extracting(RuleTrace::status)
                .containsOnly(RuleTrace.Status.OUT_OF_SCOPE);
        Decision acmeWithoutIban = bundle.decide(Bundles.input().tenant("acme").roles("hr").found(PERSON).build());
        assertThat(acmeWithoutIban.transformFor(PERSON).operator()).isEqualTo(Operator.REDACT);
        Decision acmeNotHr = bundle.decide(Bundles.input().tenant("acme").roles("caller").found(PERSON).build());
        assertThat(acmeNotHr.transforms()).isEmpty();
    }

    @Test
    void everyBackendOutsideTheAllowedRegionsIsRefused() {
        PolicyBundle bundle = bundle(ALLOW_ALL);
        Decision decision = bundle.decide(Bundles.input().regions("US", "CN").build());
        assertThat(decision.verdict()).isEqualTo(Verdict.DENY);
        assertThat(decision.ruleId()).isEqualTo("residency");
        assertThat(decision.legalRef()).isEqualTo("GDPR Art. 44");
        assertThat(decision.reason()).contains("US, CN");

        Decision mixed = bundle.decide(Bundles.input().regions("US", "CH", "FR").build());
        assertThat(mixed.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(mixed.eligibleRegions()).containsExactly("CH", "FR");
        assertThat(bundle.decide(Bundles.input().regions().build()).ruleId()).isEqualTo("residency");
    }

    @Test
    void residencyCanBeNarrowedAndWidened() {
        PolicyBundle bundle = Bundles.bundle(dir, PURPOSES + """
                residency:
                  allow: [EU, US-DPF]
                  deny: [FR]
                rules:
                """ + ALLOW_ALL);
        assertThat(bundle.decide(Bundles.input().regions("FR").build()).ruleId()).isEqualTo("residency");
        assertThat(bundle.decide(Bundles.input().regions("CH").build()).ruleId()).isEqualTo("residency");
        assertThat(bundle.decide(Bundles.input().regions("US-DPF").build()).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void promptOverTheTenantLimitIsRefused() {
        PolicyBundle bundle = Bundles.bundle(dir, PURPOSES + """
                limits:
                  max_prompt_tokens: 1000
                  per_key: {requests_per_minute: 10}
                  tenants:
                    big: {max_prompt_tokens: 100000}
                rules:
                """ + ALLOW_ALL);
        Decision refused = bundle.decide(Bundles.input().tokens(1001).build());
        assertThat(refused.ruleId()).isEqualTo("limits.max_prompt_tokens");
        assertThat(refused.limits()).isEqualTo(new Limits(1000, new Rate(10, 0), Rate.UNLIMITED));
        Decision big = bundle.decide(Bundles.input().tenant("big").tokens(1001).build());
        assertThat(big.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(big.limits().perKey()).isEqualTo(new Rate(10, 0));
    }

    @Test
    void evaluationErrorsFailClosed() {
        // A key computed at run time that is not an entity type makes the map lookup fail.
        PolicyBundle bundle = bundle(ALLOW_ALL + """
                  - id: broken-deny
                    when: findings.count[model] > 0
                    action: deny
                    reason: broken
                    legal_ref: x
                """);
        Decision decision = bundle.explain(Bundles.input().build());
        assertThat(decision.ruleId()).isEqualTo("broken-deny");
        assertThat(decision.trace()).anySatisfy(t -> {
            assertThat(t.ruleId()).isEqualTo("broken-deny");
            assertThat(t.status()).isEqualTo(RuleTrace.Status.ERROR);
        });

        PolicyBundle allowOnly = Bundles.bundle(dir, PURPOSES + """
                rules:
                  - id: broken-allow
                    when: findings.count[model] > 0
                    action: allow
                    reason: broken
                    legal_ref: x
                """);
        assertThat(allowOnly.decide(Bundles.input().build()).ruleId()).isEqualTo("default-deny");
    }

    @Test
    void traceTellsWhatHappenedToEveryRule() {
        Decision decision = bundle("""
                  - id: no-match
                    when: request.tokens > 5000
                    action: deny
                    reason: too long
                    legal_ref: x
                """ + ALLOW_ALL + """
                  - id: deny-support
                    when: purpose == 'support'
                    action: deny
                    reason: no support today
                    legal_ref: x
                  - id: after
                    action: allow
                    reason: never reached
                    legal_ref: x
                """).explain(Bundles.input().build());
        assertThat(decision.trace()).extracting(RuleTrace::ruleId, RuleTrace::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("residency", RuleTrace.Status.PASS),
                org.assertj.core.groups.Tuple.tuple("no-match", RuleTrace.Status.NO_MATCH),
                org.assertj.core.groups.Tuple.tuple("allow-all", RuleTrace.Status.MATCH),
                org.assertj.core.groups.Tuple.tuple("deny-support", RuleTrace.Status.MATCH),
                org.assertj.core.groups.Tuple.tuple("after", RuleTrace.Status.NOT_EVALUATED));
        assertThat(bundle(ALLOW_ALL).decide(Bundles.input().build()).trace()).isEmpty();
    }

    @Test
    void typedContextExposesPrincipalTimeAndRequest() {
        PolicyBundle bundle = bundle("""
                  - id: office-hours
                    when: >-
                      principal.tenant == 'acme' && principal.id == 'key-1'
                      && time.getHours('Europe/Rome') == 13 && backend.region == 'DE'
                      && 'en' in findings.languages && !request.stream && request.tools.size() == 0
                      && findings.total == 3 && 'IDENTITY' in findings.categories
                      && purpose_info.legal_basis == 'contract' && 'CONTACT' in purpose_info.data_categories
                    action: allow
                    reason: ok
                    legal_ref: x
                """);
        assertThat(bundle.decide(Bundles.input().found(Map.of(PERSON, 3)).build()).ruleId())
                .isEqualTo("office-hours");
    }
}
