package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.errors.PermissionDeniedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy bundle in the request path (src/test/resources/policies-it): refusals name their rule and law,
 * transforms and requirements apply per tenant and purpose, output rules apply, the decision is visible, and a
 * broken bundle is refused at reload while the old one keeps serving.
 */
@QuarkusTest
class PolicyTest {

    private final BackendSimulator simulator = BackendSimulator.shared();
    private String strictKey;
    private OpenAIClient strict;

    @BeforeEach
    void keys() {
        strictKey = Gateway.issueKey(Map.of("name", "strict caller", "tenant", "strict", "roles", List.of("caller")));
        strict = Gateway.openAi(strictKey);
    }

    private ChatCompletionCreateParams chat(String prompt) {
        return ChatCompletionCreateParams.builder().model("sim-chat").addUserMessage(prompt).build();
    }

    @Test
    void aRefusalNamesItsRuleAndItsLaw() {
        assertThatThrownBy(() -> strict.chat().completions().create(chat("Hello")))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.code()).contains("strict-purpose-required");
                    assertThat(e.getMessage()).contains("GDPR Art. 5(1)(b)", "X-Dogana-Purpose");
                });
        // other tenants are not bound by the strict tenant's rules
        assertThat(Gateway.openAi(Gateway.callerKey()).chat().completions().create(chat("Hello")).choices()).hasSize(1);
    }

    @Test
    void tenantRulesTransformWhatTheirRequestsCarry() {
        HttpResponseFor<ChatCompletion> response = strict.chat().completions().withRawResponse().create(chat(
                        "Il rimborso va sul conto IT60X0542811101000000123456, grazie.").toBuilder()
                .putAdditionalHeader("X-Dogana-Purpose", "customer_support").build());
        assertThat(response.headers().values("X-Dogana-Decision")).containsExactly("transform");
        String forwarded = simulator.received(response.headers().values("X-Dogana-Request-Id").get(0)).encode();
        // redact wins over the configured pseudonymisation: neither the IBAN nor a placeholder for it is sent
        assertThat(forwarded).doesNotContain("IT60X0542811101000000123456").doesNotContain("IBAN_CODE_1");
        String policyHash = response.headers().values("X-Dogana-Policy").get(0);
        given().auth().oauth2(Gateway.MASTER_KEY).get(Gateway.baseUrl() + "/admin/policies")
                .then().statusCode(200).body("hash", equalTo(policyHash))
                .body("rules.id", hasItem("strict-iban-redacted"));
    }

    @Test
    void aRequiredHeaderAndThePurposesOutputRules() {
        OpenAIClient caller = Gateway.openAi(Gateway.callerKey());
        ChatCompletionCreateParams marketing = chat("Scrivi un testo per la campagna").toBuilder()
                .putAdditionalHeader("X-Dogana-Purpose", "marketing").build();
        assertThatThrownBy(() -> caller.chat().completions().create(marketing))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.code()).contains("marketing-consent-reference");
                    assertThat(e.getMessage()).contains("X-Dogana-Consent-Ref", "GDPR Art. 7(1)");
                });
        ChatCompletion answer = caller.chat().completions().create(marketing.toBuilder()
                .putAdditionalHeader("X-Dogana-Consent-Ref", "consent-2026-0042").build());
        // marketing drops the reasoning trace; other purposes keep it (the simulator always sends one)
        assertThat(answer.choices().get(0).message()._additionalProperties()).doesNotContainKey("reasoning_content");
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfter() {
        for (int attempt = 0; attempt < 2; attempt++) {
            String limited = Gateway.issueKey(Map.of("name", "limited", "tenant", "limited", "roles", List.of("caller")));
            long minute = System.currentTimeMillis() / 60_000;
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(limited).contentType(ContentType.JSON)
                        .body("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                        .post(Gateway.baseUrl() + "/v1/chat/completions").then().statusCode(200);
            }
            var refused = given().auth().oauth2(limited).contentType(ContentType.JSON)
                    .body("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                    .post(Gateway.baseUrl() + "/v1/chat/completions");
            if (System.currentTimeMillis() / 60_000 != minute) {
                continue; // the window turned during the test: the fourth request rightly counted in a new one
            }
            refused.then().statusCode(429).body("error.code", equalTo("rate_limit_exceeded"))
                    .body("error.type", equalTo("rate_limit_error"));
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
            return;
        }
    }

    @Test
    void simulateShowsTheTrace() {
        given().auth().oauth2(Gateway.MASTER_KEY).contentType(ContentType.JSON)
                .body(Map.of("tenant", "strict", "model", "sim-chat", "purpose", "customer_support",
                        "text", "IBAN IT60X0542811101000000123456"))
                .post(Gateway.baseUrl() + "/admin/policies/simulate")
                .then().statusCode(200)
                .body("verdict", equalTo("transform"))
                .body("findings.IBAN_CODE", equalTo(1))
                .body("transforms.IBAN_CODE", equalTo("redact"))
                .body("matched_rules", hasItem("strict-iban-redacted"))
                .body("trace.ruleId", hasItem("allow-all"));
    }

    @Test
    void editingOneLineChangesWhatTheGatewayDoesWithinSeconds() throws Exception {
        String key = Gateway.issueKey(Map.of("name", "watched", "tenant", "watched", "roles", List.of("caller")));
        Path rule = Path.of("target/test-classes/policies-it/95-watched.yaml");
        String body = "{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        Files.writeString(rule, "rules:\n  - id: watched-tenant-paused\n    scope:\n      tenants: [watched]\n"
                + "    action: allow\n    reason: Paused by the DPO\n    legal_ref: GDPR Art. 6(1)\n");
        try {
            Thread.sleep(2000);
            assertThat(given().auth().oauth2(key).contentType(ContentType.JSON).body(body)
                    .post(Gateway.baseUrl() + "/v1/chat/completions").statusCode()).isEqualTo(200);
            // one line changed: allow becomes deny; no reload call, the watcher picks it up
            Files.writeString(rule, Files.readString(rule).replace("action: allow", "action: deny"));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                    given().auth().oauth2(key).contentType(ContentType.JSON).body(body)
                            .post(Gateway.baseUrl() + "/v1/chat/completions")
                            .then().statusCode(403).body("error.code", equalTo("watched-tenant-paused")));
        } finally {
            Files.deleteIfExists(rule);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().oauth2(key).contentType(ContentType.JSON).body(body)
                        .post(Gateway.baseUrl() + "/v1/chat/completions").then().statusCode(200));
    }

    @Test
    void reloadsUnderLoadFailNoRequest() throws Exception {
        String key = Gateway.callerKey();
        Path rules = Path.of("target/test-classes/policies-it/20-rules.yaml");
        String original = Files.readString(rules);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.List<Thread> callers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            callers.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    statuses.add(given().auth().oauth2(key).contentType(ContentType.JSON)
                            .body("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                            .post(Gateway.baseUrl() + "/v1/chat/completions").statusCode());
                }
            }));
        }
        java.util.Set<String> hashes = new java.util.HashSet<>();
        try {
            for (int i = 0; i < 5; i++) {
                // each edit is a new bundle (its hash covers the files as written)
                Files.writeString(rules, original + "# reload " + i + "\n");
                hashes.add(given().auth().oauth2(Gateway.MASTER_KEY).post(Gateway.baseUrl() + "/admin/policies/reload")
                        .then().statusCode(200).body("applied", equalTo(true)).extract().path("hash"));
                Thread.sleep(200);
            }
        } finally {
            running.set(false);
            for (Thread caller : callers) {
                caller.join();
            }
            Files.writeString(rules, original);
            given().auth().oauth2(Gateway.MASTER_KEY).post(Gateway.baseUrl() + "/admin/policies/reload").then().statusCode(200);
        }
        assertThat(hashes).hasSize(5);
        assertThat(statuses).isNotEmpty().containsOnly(200);
    }

    @Test
    void aBrokenBundleIsRefusedAndTheOldOneKeepsServing() throws Exception {
        String before = given().auth().oauth2(Gateway.MASTER_KEY).get(Gateway.baseUrl() + "/admin/policies")
                .then().statusCode(200).extract().path("hash");
        Path broken = Path.of("target/test-classes/policies-it/90-broken.yaml");
        Files.writeString(broken, "rules:\n  - id: broken\n    when: findings.count['NOT_A_TYPE'] > 0\n    action: deny\n"
                + "    reason: x\n    legal_ref: y\n    colour: blue\n");
        try {
            given().auth().oauth2(Gateway.MASTER_KEY).post(Gateway.baseUrl() + "/admin/policies/reload")
                    .then().statusCode(200)
                    .body("applied", equalTo(false))
                    .body("hash", equalTo(before))
                    .body("errors", hasItem(org.hamcrest.Matchers.containsString("90-broken.yaml:7:5")));
            assertThat(Gateway.openAi(Gateway.callerKey()).chat().completions().create(chat("Still served?")).choices())
                    .hasSize(1);
        } finally {
            Files.deleteIfExists(broken);
        }
        given().auth().oauth2(Gateway.MASTER_KEY).post(Gateway.baseUrl() + "/admin/policies/reload")
                .then().statusCode(200).body("applied", equalTo(true)).body("hash", equalTo(before))
                .body("errors", not(hasItem(org.hamcrest.Matchers.anything())));
    }
}
