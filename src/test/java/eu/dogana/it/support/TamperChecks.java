package eu.dogana.it.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import eu.dogana.audit.Checkpoint;
import eu.dogana.audit.Checkpoints;
import eu.dogana.audit.HashChain;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;

/**
 * Tampers with the register in each way an attacker could, asks {@code GET /audit/verify}, and expects the break
 * named at the right sequence number with the right kind; restores the row after each case. Shared by the H2 and
 * PostgreSQL tests.
 */
public final class TamperChecks {

    private final RegisterRows rows;
    private final Checkpoints checkpoints;

    public TamperChecks(RegisterRows rows, Checkpoints checkpoints) {
        this.rows = rows;
        this.checkpoints = checkpoints;
    }

    public void runAll() {
        makeTraffic(4);
        verifyIntact();
        RegisterRows.Row target = rows.last();
        RegisterRows.Row previous = rows.at(target.node(), target.seq() - 1);
        RegisterRows.Row beforeThat = rows.at(target.node(), target.seq() - 2);

        // Altered: a field of an event changed (an attacker hides which model was used).
        rows.setCanonical(previous, previous.canonical().replace("\"tenant\":", "\"tenant\" :"), previous.eventHash(),
                previous.chainHash());
        expectBreak(previous, "altered");
        rows.setCanonical(previous, previous.canonical(), previous.eventHash(), previous.chainHash());
        verifyIntact();

        // Deleted: an event removed.
        rows.delete(previous);
        expectBreak(previous, "deleted");
        rows.insert(previous);
        verifyIntact();

        // Reordered: two events swap places (content and hashes move, sequence numbers stay).
        rows.setCanonical(beforeThat, previous.canonical(), previous.eventHash(), previous.chainHash());
        rows.setCanonical(previous, beforeThat.canonical(), beforeThat.eventHash(), beforeThat.chainHash());
        expectBreak(beforeThat, "reordered");
        rows.setCanonical(beforeThat, beforeThat.canonical(), beforeThat.eventHash(), beforeThat.chainHash());
        rows.setCanonical(previous, previous.canonical(), previous.eventHash(), previous.chainHash());
        verifyIntact();

        // Inserted: a forged event, consistent in itself, appended after the head without the writer's chain.
        String forged = target.canonical().replace("\"seq\":" + target.seq(), "\"seq\":" + (target.seq() + 1));
        String forgedHash = HashChain.eventHash(forged.getBytes(StandardCharsets.UTF_8));
        RegisterRows.Row inserted = new RegisterRows.Row(target.node(), target.seq() + 1, target.type(), "req_forged",
                target.tenant(), forged, forgedHash, HashChain.chainHash(HashChain.GENESIS, forgedHash), target.time());
        rows.insert(inserted);
        expectBreak(inserted, "inserted");
        rows.delete(inserted);
        verifyIntact();

        // Rewritten: the head event changed and its hashes recomputed, so the chain alone looks intact; the signed
        // checkpoint over it is what gives the rewrite away.
        Checkpoint signed = checkpoints.sign();
        assertThat(signed.toSeq()).isGreaterThanOrEqualTo(target.seq());
        String rewritten = target.canonical().replace("\"tenant\":", "\"tenant\" :");
        String rewrittenHash = HashChain.eventHash(rewritten.getBytes(StandardCharsets.UTF_8));
        rows.setCanonical(target, rewritten, rewrittenHash, HashChain.chainHash(previous.chainHash(), rewrittenHash));
        JsonPath result = verification();
        assertThat(result.getBoolean("intact")).isFalse();
        assertThat(result.getString("first_break.kind")).isEqualTo("rewritten");
        assertThat(result.getLong("first_break.seq")).isBetween(signed.fromSeq(), target.seq());
        rows.setCanonical(target, target.canonical(), target.eventHash(), target.chainHash());
        verifyIntact();

        // A forged checkpoint (its root replaced) fails its signature.
        rows.update("UPDATE audit_checkpoint SET merkle_root = ? WHERE node_id = ? AND checkpoint_no = ?",
                "0".repeat(64), signed.node(), signed.number());
        result = verification();
        assertThat(result.getString("first_break.kind")).isEqualTo("bad_signature");
        rows.update("UPDATE audit_checkpoint SET merkle_root = ? WHERE node_id = ? AND checkpoint_no = ?",
                signed.merkleRoot(), signed.node(), signed.number());
        verifyIntact();
    }

    private static JsonPath verification() {
        return given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void makeTraffic(int requests) {
        String key = Gateway.callerKey();
        for (int i = 0; i < requests; i++) {
            given().auth().oauth2(key).contentType("application/json")
                    .body("{\"model\":\"sim-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"tamper " + i + "\"}]}")
                    .when().post("/v1/chat/completions").then().statusCode(200);
        }
    }

    public static void verifyIntact() {
        given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    private static void expectBreak(RegisterRows.Row row, String kind) {
        JsonPath result = given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/verify")
                .then().statusCode(200).extract().jsonPath();
        assertThat(result.getBoolean("intact")).as("intact after %s", kind).isFalse();
        assertThat(result.getString("first_break.kind")).isEqualTo(kind);
        assertThat(result.getLong("first_break.seq")).isEqualTo(row.seq());
        assertThat(result.getString("first_break.node")).isEqualTo(row.node());
    }
}
