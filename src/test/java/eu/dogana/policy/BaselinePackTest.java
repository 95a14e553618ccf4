package eu.dogana.policy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped {@code policies/} against realistic requests. */
class BaselinePackTest {

    private static PolicyBundle baseline;

    @BeforeAll
    static void load() {
        baseline = Bundles.bundle(Path.of("policies"));
    }

    /**
     * One realistic request each: who asks, for what, what the scan found, and what must come out. {@code findings}
     * is "TYPE=count,TYPE=count"; {@code expect} is the verdict and the deciding rule; {@code check} an extra
     * expectation on the transforms or requirements ("TYPE:operator" or "header:Name"), or empty.
     */
    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("support agent pastes a customer's e-mail and IBAN", "support-1", "caller",
                        "customer_support", "PERSON=1,EMAIL_ADDRESS=1,IBAN_CODE=1", 0, "DE",
                        "TRANSFORM allow:declared-purpose", "IBAN_CODE:pseudonymize"),
                Arguments.of("no purpose declared", "support-1", "caller", null, "", 0, "DE",
                        "DENY purpose-required", ""),
                Arguments.of("purpose not in the record of processing", "support-1", "caller", "sales_forecast", "",
                        0, "DE", "DENY purpose-unknown", ""),
                Arguments.of("support ticket mentions a diagnosis", "support-1", "caller", "customer_support",
                        "PERSON=1,HEALTH=1", 0, "FR", "DENY special-categories-without-condition", ""),
                Arguments.of("hr asks about sick leave, Art. 9(2)(b) named", "hr-7", "hr", "hr",
                        "PERSON=2,HEALTH=1,EMAIL_ADDRESS=1", 0, "IT", "TRANSFORM allow:declared-purpose",
                        "PERSON:pseudonymize"),
                Arguments.of("hr purpose used by someone outside hr", "dev-3", "caller", "hr", "PERSON=1", 0, "IT",
                        "DENY hr-role-required", ""),
                Arguments.of("hr prompt with religion: not covered by its condition", "hr-7", "hr", "hr",
                        "PERSON=1,RELIGION=1", 0, "IT", "DENY special-categories-without-condition", ""),
                Arguments.of("criminal record in a support ticket", "support-1", "caller", "customer_support",
                        "CRIMINAL_RECORD=1", 0, "DE", "DENY criminal-data-without-authority", ""),
                Arguments.of("developer pastes code with an API key", "dev-3", "caller", "software_development",
                        "SECRET=1,URL=2", 0, "NL", "TRANSFORM allow:declared-purpose", "SECRET:redact"),
                Arguments.of("developer's stack trace with a customer e-mail", "dev-3", "caller",
                        "software_development", "EMAIL_ADDRESS=1,IP_ADDRESS=1", 0, "NL",
                        "TRANSFORM allow:declared-purpose", "EMAIL_ADDRESS:pseudonymize"),
                Arguments.of("knowledge search over a policy with no personal data", "emp-9", "caller",
                        "internal_knowledge_search", "", 0, "SE", "ALLOW allow:declared-purpose", ""),
                Arguments.of("knowledge search finds a fiscal code", "emp-9", "caller", "internal_knowledge_search",
                        "PERSON=1,IT_FISCAL_CODE=1", 0, "SE", "TRANSFORM allow:declared-purpose",
                        "IT_FISCAL_CODE:pseudonymize"),
                Arguments.of("card number in a support chat", "support-1", "caller", "customer_support",
                        "CREDIT_CARD=1", 0, "DE", "TRANSFORM allow:declared-purpose", "CREDIT_CARD:redact"),
                Arguments.of("marketing draft needs the consent reference", "mkt-2", "caller", "marketing",
                        "PERSON=1,EMAIL_ADDRESS=1", 0, "IE", "ALLOW allow:declared-purpose",
                        "header:X-Dogana-Consent-Ref"),
                Arguments.of("marketing to a child on consent", "mkt-2", "caller", "marketing",
                        "PERSON=1,DATE_OF_BIRTH=1", 1, "IE", "TRANSFORM allow:declared-purpose",
                        "header:X-Dogana-Parental-Consent-Ref"),
                Arguments.of("a child's birth date in a support ticket", "support-1", "caller", "customer_support",
                        "PERSON=1,DATE_OF_BIRTH=1", 1, "DE", "TRANSFORM allow:declared-purpose",
                        "DATE_OF_BIRTH:redact"),
                Arguments.of("model served only from the US", "support-1", "caller", "customer_support", "", 0,
                        "US", "DENY residency", ""),
                Arguments.of("model served from Switzerland (adequacy)", "support-1", "caller", "customer_support",
                        "", 0, "CH", "ALLOW allow:declared-purpose", ""),
                Arguments.of("model served from China", "support-1", "caller", "customer_support", "PERSON=1", 0,
                        "CN", "DENY residency", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void baselineDecides(String title, String principal, String role, String purpose, String findings, int minors,
            String region, String expect, String check) {
        PolicyInput input = Bundles.input()
                .roles(role)
                .purpose(purpose)
                .regions(region)
                .found(counts(findings))
                .minors(minors)
                .build();
        Decision decision = baseline.explain(input);
        String[] expected = expect.split(" ");
        String rule = expected[1].startsWith("allow:") ? expected[1].substring(6) : expected[1];
        assertThat(decision.verdict()).as("%s: %s", title, decision.trace()).isEqualTo(Verdict.valueOf(expected[0]));
        assertThat(decision.ruleId()).as(title).isEqualTo(rule);
        assertThat(decision.bundleHash()).isEqualTo(baseline.hash());
        if (!decision.denied()) {
            assertThat(decision.legalRef()).isEqualTo("GDPR Art. 6(1)");
        }
        if (check.startsWith("header:")) {
            assertThat(decision.requiredHeaders()).as(title).contains(check.substring(7));
        } else if (!check.isEmpty()) {
            String[] pair = check.split(":");
            assertThat(decision.transformFor(EntityType.valueOf(pair[0])).operator().wireName())
                    .as(title).isEqualTo(pair[1]);
        }
    }

    @Test
    void reasoningIsDroppedByDefaultAndKeptForDevelopers() {
        Decision support = baseline.decide(Bundles.input().purpose("customer_support").build());
        Decision dev = baseline.decide(Bundles.input().purpose("software_development").build());
        Decision hr = baseline.decide(Bundles.input().purpose("hr").roles("hr").build());
        assertThat(support.output().dropReasoning()).isTrue();
        assertThat(support.output().aiDisclosure()).isTrue();
        assertThat(dev.output().dropReasoning()).isFalse();
        assertThat(hr.output().dropReasoning()).isTrue();
        assertThat(hr.output().answerTransforms().get(EntityType.HEALTH).operator()).isEqualTo(Operator.REDACT);
        // an answer cannot carry a placeholder nobody could restore: a leaked ID number is replaced by its type
        assertThat(hr.output().answerTransforms().get(EntityType.IT_FISCAL_CODE).operator()).isEqualTo(Operator.REPLACE);
    }

    @Test
    void everyRuleCitesALegalReference() {
        assertThat(baseline.rules()).allSatisfy(rule -> assertThat(rule.legalRef()).matches(".*(GDPR|AI Act).*"));
        assertThat(baseline.purposes().get("hr").special().orElseThrow().legalRef()).isEqualTo("GDPR Art. 9(2)(b)");
    }

    @Test
    void oversizedPromptIsRefused() {
        Decision decision = baseline.decide(Bundles.input().purpose("customer_support").tokens(40_000).build());
        assertThat(decision.ruleId()).isEqualTo("limits.max_prompt_tokens");
    }

    private static Map<EntityType, Integer> counts(String findings) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        if (!findings.isEmpty()) {
            for (String pair : findings.split(",")) {
                String[] parts = pair.split("=");
                counts.put(EntityType.valueOf(parts[0]), Integer.parseInt(parts[1]));
            }
        }
        return counts;
    }
}
