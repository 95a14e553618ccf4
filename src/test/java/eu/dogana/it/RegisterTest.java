package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import eu.dogana.it.support.RegisterRows;
import eu.dogana.it.support.TamperChecks;
import eu.dogana.audit.Checkpoints;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request is declared in the register, nothing personal is kept there, and tampering is detected (H2). */
@QuarkusTest
class RegisterTest {

    @Inject
    @Storage
    AgroalDataSource dataSource;

    @Inject
    Checkpoints checkpoints;

    private RegisterRows rows;
    private String key;

    @BeforeEach
    void setUp() {
        rows = new RegisterRows(dataSource, null);
        key = Gateway.issueKey(Map.of("name", "register test", "tenant", "acme", "roles", List.of("caller"),
                "default_purpose", "customer-support"));
    }

    @Test
    void forwardedRequestHasIntentThenCompletionWithUsageAndNoContent() {
        String requestId = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"Mario Rossi, IBAN IT60X0542811101000000123456\"}]}")
                .when().post("/v1/chat/completions")
                .then().statusCode(200).extract().header("X-Dogana-Request-Id");

        List<RegisterRows.Row> events = rows.ofRequest(requestId);
        assertThat(events).extracting(RegisterRows.Row::type).containsExactly("REQUEST_INTENT", "REQUEST_COMPLETION");
        assertThat(events.get(1).seq()).isGreaterThan(events.get(0).seq());
        RegisterRows.Row intent = events.get(0);
        assertThat(intent.tenant()).isEqualTo("acme");
        assertThat(intent.canonical()).contains("\"purpose\":\"customer-support\"", "\"model\":\"sim-chat\"",
                "\"candidate_regions\":\"IT\"", "\"decision\":\"transform\"", "\"principal\":\"hmac:",
                // what was found, counted, never the values
                "\"findings.IBAN_CODE\":1", "\"findings.PERSON\":1", "\"rule_id\":\"allow-all\"");
        RegisterRows.Row completion = events.get(1);
        assertThat(completion.canonical()).contains("\"status\":200", "\"result\":\"ok\"", "\"backend\":\"sim\"",
                "\"region\":\"IT\"", "\"prompt_tokens\":7", "\"completion_tokens\":3", "\"total_tokens\":10");
        for (RegisterRows.Row event : events) {
            assertThat(event.canonical()).doesNotContain("Mario").doesNotContain("IT60X054").doesNotContain(key)
                    .doesNotContain("echo:");
        }
    }

    @Test
    void streamCompletionIsCommittedBeforeDoneWithTheStreamsUsage() {
        var response = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body("{\"model\":\"sim-chat\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                .when().post("/v1/chat/completions")
                .then().statusCode(200).extract();
        assertThat(response.asString()).endsWith("data: [DONE]\n\n");
        // The caller has [DONE], so the completion must already be there.
        List<RegisterRows.Row> events = rows.ofRequest(response.header("X-Dogana-Request-Id"));
        assertThat(events).extracting(RegisterRows.Row::type).containsExactly("REQUEST_INTENT", "REQUEST_COMPLETION");
        assertThat(events.get(1).canonical()).contains("\"stream\":true", "\"total_tokens\":12", "\"result\":\"ok\"");
    }

    @Test
    void refusalsAreRecordedWithTheirReason() {
        String requestId = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body("{\"model\":\"gpt-17\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                .when().post("/v1/chat/completions")
                .then().statusCode(404).extract().header("X-Dogana-Request-Id");
        List<RegisterRows.Row> events = rows.ofRequest(requestId);
        assertThat(events).extracting(RegisterRows.Row::type).containsExactly("REQUEST_REFUSED");
        assertThat(events.get(0).canonical()).contains("\"error_code\":\"model_not_found\"", "\"status\":404");
    }

    @Test
    void aRequestNoBackendAnsweredStillHasItsCompletion() {
        String requestId = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-slow-head", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(504).extract().header("X-Dogana-Request-Id");
        List<RegisterRows.Row> events = rows.ofRequest(requestId);
        assertThat(events).extracting(RegisterRows.Row::type).containsExactly("REQUEST_INTENT", "REQUEST_COMPLETION");
        assertThat(events.get(1).canonical()).contains("\"status\":504", "\"error_code\":\"backend_timeout\"",
                "\"result\":\"no_backend_answer\"");
    }

    @Test
    void registerDownMeansNothingReachesTheBackend() throws Exception {
        rows.execute("ALTER TABLE audit_event RENAME TO audit_event_away");
        String requestId;
        try {
            requestId = given().auth().oauth2(key).contentType(ContentType.JSON)
                    .body(StreamingProtocolTest.chat("sim-chat", false))
                    .when().post("/v1/chat/completions")
                    .then().statusCode(503)
                    .body("error.code", equalTo("audit_unavailable"))
                    .extract().header("X-Dogana-Request-Id");
        } finally {
            rows.execute("ALTER TABLE audit_event_away RENAME TO audit_event");
        }
        assertThat(BackendSimulator.shared().received(requestId)).isNull();
        // The writer recovers as soon as the database does.
        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(200);
        TamperChecks.verifyIntact();
    }

    @Test
    void registerDownUnderLoadLetsNothingReachTheBackendUnrecorded() throws Exception {
        java.util.Map<String, Integer> statusById = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<Thread> callers = new java.util.ArrayList<>();
        for (int t = 0; t < 6; t++) {
            callers.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    var response = given().auth().oauth2(key).contentType(ContentType.JSON)
                            .body(StreamingProtocolTest.chat("sim-chat", false)).when().post("/v1/chat/completions");
                    statusById.put(response.header("X-Dogana-Request-Id"), response.statusCode());
                }
            }));
        }
        Thread.sleep(300);
        rows.execute("ALTER TABLE audit_event RENAME TO audit_event_away");
        try {
            Thread.sleep(700);
        } finally {
            rows.execute("ALTER TABLE audit_event_away RENAME TO audit_event");
        }
        Thread.sleep(300);
        running.set(false);
        for (Thread caller : callers) {
            caller.join();
        }
        assertThat(statusById.values()).contains(200, 503).allMatch(status -> status == 200 || status == 503);
        statusById.forEach((requestId, status) -> {
            java.util.List<String> types = rows.ofRequest(requestId).stream().map(RegisterRows.Row::type).toList();
            if (BackendSimulator.shared().received(requestId) != null) {
                // whatever the caller heard, what reached the backend is on record
                assertThat(types).as("request %s reached the backend", requestId).contains("REQUEST_INTENT");
            }
            if (status == 200) {
                assertThat(types).as("request %s was answered", requestId).contains("REQUEST_INTENT", "REQUEST_COMPLETION");
            }
        });
        TamperChecks.verifyIntact();
    }

    @Test
    void anAuditorVerifiesTheExportWithNothingButThePublicKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        given().auth().oauth2(key).contentType(ContentType.JSON).body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions").then().statusCode(200);
        checkpoints.sign();
        given().auth().oauth2(key).when().get("/audit/export").then().statusCode(403);
        java.nio.file.Path export = dir.resolve("register.jsonl");
        java.nio.file.Files.write(export, given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/export")
                .then().statusCode(200).extract().asByteArray());
        java.nio.file.Path publicKey = dir.resolve("public-key.pem");
        java.nio.file.Files.writeString(publicKey, given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/checkpoints")
                .then().statusCode(200).extract().<String>path("public_key"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = eu.dogana.audit.export.ExportCheck.run(new String[] {"verify", export.toString(), "--public-key",
                publicKey.toString()}, new java.io.PrintStream(out), System.err);
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).startsWith("intact:");
    }

    @Test
    void tamperingIsDetectedAtTheRightSequenceNumber() {
        new TamperChecks(rows, checkpoints).runAll();
    }

    @Test
    void checkpointsAreSignedAndVerifiableWithThePublishedKey() throws Exception {
        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions").then().statusCode(200);
        checkpoints.sign();
        var listing = given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/checkpoints")
                .then().statusCode(200).extract().jsonPath();
        String pem = listing.getString("public_key");
        String statement = listing.getString("data[-1].statement");
        byte[] signature = java.util.Base64.getDecoder().decode(listing.getString("data[-1].signature"));
        // What an external auditor does with the export: plain JDK Ed25519, nothing of Dogana's.
        var publicKey = java.security.KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(
                java.util.Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                        .replace("-----END PUBLIC KEY-----", ""))));
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(statement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(statement).contains("\"merkle_root\":", "\"chain_hash\":", "\"tree_size\":");
        // An empty interval is signed too: silence is proven, not assumed.
        var silent = checkpoints.sign();
        assertThat(silent.size()).isZero();
        TamperChecks.verifyIntact();
    }

    @Test
    void anEventIsProvablyInItsSignedCheckpoint() {
        String requestId = given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions").then().statusCode(200).extract().header("X-Dogana-Request-Id");
        RegisterRows.Row intent = rows.ofRequest(requestId).get(0);
        String id = intent.node() + ":" + intent.seq();
        checkpoints.sign();

        var proof = given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/events/" + id + "/proof")
                .then().statusCode(200).extract().jsonPath();
        assertThat(proof.getString("event_hash")).isEqualTo(intent.eventHash());
        String root = new io.restassured.path.json.JsonPath(proof.getString("checkpoint.statement")).getString("merkle_root");
        List<byte[]> path = proof.getList("path", String.class).stream().map(java.util.HexFormat.of()::parseHex).toList();
        assertThat(eu.dogana.audit.MerkleTree.verifyInclusion(java.util.HexFormat.of().parseHex(intent.eventHash()),
                proof.getLong("leaf_index"), proof.getLong("tree_size"), path, java.util.HexFormat.of().parseHex(root))).isTrue();

        given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/events/" + intent.node() + ":999999999/proof")
                .then().statusCode(404);
        given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/events/nonsense/proof")
                .then().statusCode(400);
    }

    @Test
    void onlyAuditorsDpoAndAdminsVerify() {
        given().auth().oauth2(key).when().get("/audit/verify").then().statusCode(403);
        given().when().get("/audit/verify").then().statusCode(401);
        String auditor = Gateway.issueKey(Map.of("name", "auditor", "tenant", "acme", "roles", List.of("auditor")));
        given().auth().oauth2(auditor).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }
}
