package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import eu.dogana.audit.Checkpoint;
import eu.dogana.audit.CheckpointSigner;
import eu.dogana.audit.Checkpoints;
import eu.dogana.audit.HashChain;
import eu.dogana.audit.MerkleTree;
import eu.dogana.it.support.Gateway;
import eu.dogana.it.support.RegisterRows;
import eu.dogana.it.support.TamperChecks;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints state each node's whole tree, and two of them are proven consistent by
 * {@code GET /audit/checkpoints/consistency}, checked here as an auditor would: signatures with the JDK's Ed25519,
 * tree roots recomputed from the rows with this test's own RFC 6962 hashing.
 */
@QuarkusTest
class CheckpointConsistencyTest {

    private static final String ENDPOINT = "/audit/checkpoints/consistency";

    @Inject
    @Storage
    AgroalDataSource dataSource;

    @Inject
    Checkpoints checkpoints;

    @Inject
    CheckpointSigner signer;

    @Test
    void twoSignedCheckpointsAreProvenConsistent() throws Exception {
        makeTraffic(3);
        Checkpoint older = checkpoints.sign();
        makeTraffic(2);
        Checkpoint newer = checkpoints.sign();
        String auditor = Gateway.issueKey(Map.of("name", "consistency auditor", "tenant", "acme", "roles", List.of("auditor")));

        JsonPath proof = given().auth().oauth2(auditor)
                .queryParam("node", older.node()).queryParam("from", older.number()).queryParam("to", newer.number())
                .when().get(ENDPOINT).then().statusCode(200).extract().jsonPath();
        PublicKey key = publicKey(given().auth().oauth2(auditor).when().get("/audit/checkpoints")
                .then().statusCode(200).extract().path("public_key"));

        JsonPath first = signedStatement(proof, "from", key);
        JsonPath second = signedStatement(proof, "to", key);
        assertThat(first.getLong("checkpoint")).isEqualTo(older.number());
        assertThat(second.getLong("checkpoint")).isEqualTo(newer.number());
        long firstSize = first.getLong("tree_size");
        long secondSize = second.getLong("tree_size");
        // The tree covers the node's chain from its first event: at least the four requests made here in between.
        assertThat(firstSize).isEqualTo(older.toSeq());
        assertThat(secondSize).isEqualTo(newer.toSeq()).isGreaterThanOrEqualTo(firstSize + 4);
        assertThat(proof.getLong("from.tree_size")).isEqualTo(firstSize);
        assertThat(proof.getString("to.tree_root")).isEqualTo(second.getString("tree_root"));

        // Each signed tree root is the RFC 6962 root of the node's event hashes, recomputed here independently.
        List<byte[]> events = eventHashes(older.node(), secondSize);
        assertThat(events).hasSize((int) secondSize);
        assertThat(second.getString("tree_root")).isEqualTo(HexFormat.of().formatHex(treeHash(events)));
        assertThat(first.getString("tree_root")).isEqualTo(HexFormat.of().formatHex(treeHash(events.subList(0, (int) firstSize))));

        List<byte[]> path = proof.getList("path", String.class).stream().map(HexFormat.of()::parseHex).toList();
        assertThat(path).isNotEmpty();
        byte[] firstRoot = HexFormat.of().parseHex(first.getString("tree_root"));
        byte[] secondRoot = HexFormat.of().parseHex(second.getString("tree_root"));
        assertThat(MerkleTree.verifyConsistency(firstSize, firstRoot, secondSize, secondRoot, path)).isTrue();
        // ... and the proof is the one RFC 6962 defines over those events.
        assertThat(proof.getList("path", String.class)).isEqualTo(
                MerkleTree.consistencyPath(events, firstSize).stream().map(HexFormat.of()::formatHex).toList());
        // A proof that was tampered with, or an older root that was not signed, does not verify.
        List<byte[]> altered = new ArrayList<>(path);
        altered.set(0, treeHash(List.of("forged".getBytes(StandardCharsets.UTF_8))));
        assertThat(MerkleTree.verifyConsistency(firstSize, firstRoot, secondSize, secondRoot, altered)).isFalse();
        assertThat(MerkleTree.verifyConsistency(firstSize, secondRoot, secondSize, secondRoot, path)).isFalse();
        TamperChecks.verifyIntact();
    }

    @Test
    void aNodeWithoutItsStoredFrontierRebuildsItFromTheChainOnce() throws Exception {
        makeTraffic(1);
        Checkpoint previous = checkpoints.sign();
        // As after the upgrade from checkpoints without a frontier (or a frontier lost): the next one rebuilds it.
        RegisterRows rows = new RegisterRows(dataSource, null);
        rows.update("UPDATE audit_checkpoint SET frontier = NULL WHERE node_id = ? AND checkpoint_no = ?",
                previous.node(), previous.number());
        makeTraffic(1);
        Checkpoint next = checkpoints.sign();
        List<byte[]> events = eventHashes(next.node(), next.toSeq());
        assertThat(next.tree()).hasValueSatisfying(tree -> {
            assertThat(tree.size()).isEqualTo(next.toSeq());
            assertThat(tree.root()).isEqualTo(HexFormat.of().formatHex(treeHash(events)));
        });
        assertThat(storedFrontier(next)).isNotNull().hasSize(64 * Long.bitCount(next.toSeq()));
        TamperChecks.verifyIntact();
    }

    @Test
    void aValidlySignedFalseTreeRootIsABadCheckpoint() {
        makeTraffic(1);
        Checkpoint honest = checkpoints.sign();
        long number = honest.number() + 1;
        String forgedRoot = HexFormat.of().formatHex(treeHash(List.of("not the chain".getBytes(StandardCharsets.UTF_8))));
        // Signed with the register's own key: only the tree check can tell the statement is false.
        insertCheckpoint(honest.node(), number, honest.toSeq() + 1, honest.toSeq(), HexFormat.of().formatHex(MerkleTree.root(List.of())),
                honest.chainHash(), honest.toSeq(), forgedRoot);
        RegisterRows rows = new RegisterRows(dataSource, null);
        try {
            given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("first_break.kind", equalTo("bad_checkpoint"))
                    .body("first_break.node", equalTo(honest.node()))
                    .body("first_break.seq", equalTo((int) honest.toSeq()));
        } finally {
            rows.update("DELETE FROM audit_checkpoint WHERE node_id = ? AND checkpoint_no = ?", honest.node(), number);
        }
        TamperChecks.verifyIntact();
    }

    /** A checkpoint row gone from the table leaves a gap in coverage: the later tree heads are still checked. */
    @Test
    void aFalseTreeRootAfterAMissingCheckpointIsStillABadCheckpoint() throws Exception {
        makeTraffic(1);
        Checkpoint missing = checkpoints.sign();
        makeTraffic(1);
        Checkpoint honest = checkpoints.sign();
        long number = honest.number() + 1;
        String forgedRoot = HexFormat.of().formatHex(treeHash(List.of("not the chain".getBytes(StandardCharsets.UTF_8))));
        RegisterRows rows = new RegisterRows(dataSource, null);
        Map<String, Object> missingRow = checkpointRow(missing);
        rows.update("DELETE FROM audit_checkpoint WHERE node_id = ? AND checkpoint_no = ?", missing.node(), missing.number());
        insertCheckpoint(honest.node(), number, honest.toSeq() + 1, honest.toSeq(), HexFormat.of().formatHex(MerkleTree.root(List.of())),
                honest.chainHash(), honest.toSeq(), forgedRoot);
        try {
            given().auth().oauth2(Gateway.MASTER_KEY).when().get("/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("first_break.kind", equalTo("bad_checkpoint"))
                    .body("first_break.seq", equalTo((int) honest.toSeq()));
        } finally {
            rows.update("DELETE FROM audit_checkpoint WHERE node_id = ? AND checkpoint_no = ?", honest.node(), number);
            rows.update("INSERT INTO audit_checkpoint (" + String.join(", ", missingRow.keySet()) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(missingRow.size(), "?")) + ")",
                    missingRow.values().toArray());
        }
        TamperChecks.verifyIntact();
    }

    /** Every column of a checkpoint row, to put it back as it was. */
    private Map<String, Object> checkpointRow(Checkpoint checkpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT * FROM audit_checkpoint WHERE node_id = ? AND checkpoint_no = ?")) {
            query.setString(1, checkpoint.node());
            query.setLong(2, checkpoint.number());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                Map<String, Object> columns = new java.util.LinkedHashMap<>();
                for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                    columns.put(row.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT), row.getObject(c));
                }
                return columns;
            }
        }
    }

    @Test
    void badRequestsGetTheErrorShape() {
        makeTraffic(1);
        Checkpoint checkpoint = checkpoints.sign();
        String node = checkpoint.node();
        given().when().queryParam("node", node).queryParam("from", 1).queryParam("to", 2).get(ENDPOINT)
                .then().statusCode(401);
        given().auth().oauth2(Gateway.callerKey()).queryParam("node", node).queryParam("from", 1).queryParam("to", 2)
                .when().get(ENDPOINT).then().statusCode(403);
        expectError(Map.of("node", node, "from", checkpoint.number(), "to", checkpoint.number()), 400, "from");
        expectError(Map.of("node", node, "from", "first", "to", checkpoint.number()), 400, "from");
        expectError(Map.of("node", node, "from", 1), 400, "to");
        expectError(Map.of("from", 1, "to", 2), 400, "node");
        expectError(Map.of("node", "no-such-node", "from", 1, "to", 2), 404, null);
        expectError(Map.of("node", node, "from", checkpoint.number(), "to", checkpoint.number() + 1000), 404, null);
    }

    /** Checkpoints signed before trees were stated verify as before but cannot be proven consistent. */
    @Test
    void aVersionOneCheckpointVerifiesButTakesNoPartInProofs() {
        String node = "gw-legacy";
        String empty = HexFormat.of().formatHex(MerkleTree.root(List.of()));
        // A node that signed silence twice: first as version 1 (tree_size = the range's size), then as version 2.
        insertCheckpoint(node, 1, 1, 0, empty, HashChain.GENESIS, -1, null);
        insertCheckpoint(node, 2, 1, 0, empty, HashChain.GENESIS, 0, empty);
        RegisterRows rows = new RegisterRows(dataSource, null);
        try {
            TamperChecks.verifyIntact();
            expectError(Map.of("node", node, "from", 1, "to", 2), 400, "from");
        } finally {
            rows.update("DELETE FROM audit_checkpoint WHERE node_id = ?", node);
        }
    }

    private static void expectError(Map<String, Object> query, int status, String param) {
        var response = given().auth().oauth2(Gateway.MASTER_KEY).queryParams(query).when().get(ENDPOINT)
                .then().statusCode(status)
                .body("error.message", notNullValue())
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.code", equalTo(status == 404 ? "not_found" : "invalid_request"));
        if (param != null) {
            response.body("error.param", equalTo(param));
        }
    }

    private static JsonPath signedStatement(JsonPath proof, String side, PublicKey key) throws Exception {
        String statement = proof.getString(side + ".statement");
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(statement.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(proof.getString(side + ".signature"))))
                .as("signature of the %s statement", side).isTrue();
        JsonPath parsed = new JsonPath(statement);
        assertThat(parsed.getInt("v")).isEqualTo(2);
        return parsed;
    }

    private static PublicKey publicKey(String pem) throws Exception {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(
                pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""))));
    }

    /** MTH of RFC 6962, section 2.1, written out again so the test does not check the code with itself. */
    private static byte[] treeHash(List<byte[]> leaves) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            if (leaves.size() == 1) {
                sha256.update((byte) 0);
                return sha256.digest(leaves.get(0));
            }
            int split = 1;
            while (split * 2 < leaves.size()) {
                split *= 2;
            }
            sha256.update((byte) 1);
            sha256.update(treeHash(leaves.subList(0, split)));
            return sha256.digest(treeHash(leaves.subList(split, leaves.size())));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<byte[]> eventHashes(String node, long upTo) throws SQLException {
        List<byte[]> hashes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT event_hash FROM audit_event WHERE node_id = ? AND seq <= ? ORDER BY seq")) {
            query.setString(1, node);
            query.setLong(2, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hashes.add(HexFormat.of().parseHex(rows.getString(1).strip()));
                }
            }
        }
        return hashes;
    }

    private String storedFrontier(Checkpoint checkpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT frontier FROM audit_checkpoint WHERE node_id = ? AND checkpoint_no = ?")) {
            query.setString(1, checkpoint.node());
            query.setLong(2, checkpoint.number());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    /**
     * A checkpoint row whose statement is built as the signer builds it (RFC 8785: keys sorted) and signed with the
     * register's key; {@code treeRoot} null for a version 1 statement.
     */
    private void insertCheckpoint(String node, long number, long from, long to, String merkleRoot, String chainHash,
                                  long treeSize, String treeRoot) {
        String time = "2026-01-01T00:00:00Z";
        String statement = "{\"chain_hash\":\"" + chainHash + "\",\"checkpoint\":" + number + ",\"from_seq\":" + from
                + ",\"merkle_root\":\"" + merkleRoot + "\",\"node\":\"" + node + "\",\"time\":\"" + time + "\",\"to_seq\":" + to
                + (treeRoot == null ? ",\"tree_size\":" + (to - from + 1) + ",\"v\":1}"
                        : ",\"tree_root\":\"" + treeRoot + "\",\"tree_size\":" + treeSize + ",\"v\":2}");
        new RegisterRows(dataSource, null).update("INSERT INTO audit_checkpoint (node_id, checkpoint_no, from_seq, to_seq, "
                        + "merkle_root, chain_hash, created_at, statement, signature, tree_size, tree_root) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", node, number, from, to, merkleRoot, chainHash,
                OffsetDateTime.parse(time), statement, signer.sign(statement), treeRoot == null ? null : treeSize, treeRoot);
    }

    private static void makeTraffic(int requests) {
        String key = Gateway.callerKey();
        for (int i = 0; i < requests; i++) {
            given().auth().oauth2(key).contentType("application/json")
                    .body(StreamingProtocolTest.chat("sim-chat", false))
                    .when().post("/v1/chat/completions").then().statusCode(200);
        }
    }
}
