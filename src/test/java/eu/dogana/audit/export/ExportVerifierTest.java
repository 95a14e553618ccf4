package eu.dogana.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.audit.HashChain;
import eu.dogana.audit.MerkleTree;
import eu.dogana.audit.Verification;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier on a synthetic export of one chain of six events and one signed checkpoint over 1..6. */
class ExportVerifierTest {

    private final ObjectMapper json = new ObjectMapper();
    private KeyPair keys;
    private String pem;

    @BeforeEach
    void keys() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** Export lines; {@code tamper} may change the event lines after the checkpoint was signed. */
    private List<String> export(UnaryOperator<List<ObjectNode>> tamper) throws Exception {
        List<ObjectNode> events = chain(1, HashChain.GENESIS, 6, "ok");
        List<byte[]> leaves = new ArrayList<>();
        events.forEach(e -> leaves.add(HexFormat.of().parseHex(e.get("event_hash").asText())));
        String statement = "{\"chain_hash\":\"" + events.get(5).get("chain_hash").asText() + "\",\"checkpoint\":1,"
                + "\"from_seq\":1,\"merkle_root\":\"" + HexFormat.of().formatHex(MerkleTree.root(leaves))
                + "\",\"node\":\"gw-1\",\"time\":\"2026-11-28T00:00:00Z\",\"to_seq\":6,\"tree_size\":6,\"v\":1}";
        List<String> lines = new ArrayList<>();
        lines.add(json.createObjectNode().put("format", RegisterExport.FORMAT).put("version", 1).put("public_key", pem).toString());
        tamper.apply(events).forEach(e -> lines.add(e.toString()));
        lines.add(json.createObjectNode().put("kind", "checkpoint").put("statement", statement).put("signature", sign(statement)).toString());
        return lines;
    }

    private List<ObjectNode> chain(long fromSeq, String previous, int count, String note) {
        List<ObjectNode> events = new ArrayList<>();
        String prev = previous;
        for (long seq = fromSeq; seq < fromSeq + count; seq++) {
            String canonical = "{\"node\":\"gw-1\",\"note\":\"" + note + "\",\"seq\":" + seq + "}";
            String eventHash = HashChain.eventHash(canonical.getBytes(StandardCharsets.UTF_8));
            String chainHash = HashChain.chainHash(prev, eventHash);
            events.add(json.createObjectNode().put("kind", "event").put("node", "gw-1").put("seq", seq)
                    .put("canonical", canonical).put("event_hash", eventHash).put("chain_hash", chainHash));
            prev = chainHash;
        }
        return events;
    }

    private String sign(String statement) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(statement.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private Verification verify(List<String> lines) throws Exception {
        return new ExportVerifier().verify(new BufferedReader(new StringReader(String.join("\n", lines))), Optional.of(pem));
    }

    private static Verification.Break breakOf(Verification verification) {
        assertThat(verification.intact()).isFalse();
        return verification.firstBreak().orElseThrow();
    }

    @Test
    void anIntactExportVerifies() throws Exception {
        Verification result = verify(export(events -> events));
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(6);
    }

    @Test
    void eachKindOfBreakIsNamedAtItsSequenceNumber() throws Exception {
        Verification altered = verify(export(events -> {
            events.get(2).put("canonical", events.get(2).get("canonical").asText().replace("ok", "KO"));
            return events;
        }));
        assertThat(breakOf(altered)).extracting(Verification.Break::seq, Verification.Break::kind)
                .containsExactly(3L, Verification.Kind.ALTERED);

        Verification deleted = verify(export(events -> {
            events.remove(3);
            return events;
        }));
        assertThat(breakOf(deleted)).extracting(Verification.Break::seq, Verification.Break::kind)
                .containsExactly(4L, Verification.Kind.DELETED);

        Verification reordered = verify(export(events -> {
            ObjectNode third = events.get(2).deepCopy();
            events.get(2).put("canonical", events.get(3).get("canonical").asText()).put("event_hash", events.get(3).get("event_hash").asText());
            events.get(3).put("canonical", third.get("canonical").asText()).put("event_hash", third.get("event_hash").asText());
            return events;
        }));
        assertThat(breakOf(reordered)).extracting(Verification.Break::seq, Verification.Break::kind)
                .containsExactly(3L, Verification.Kind.REORDERED);

        Verification inserted = verify(export(events -> {
            events.get(4).put("chain_hash", HashChain.chainHash(HashChain.GENESIS, events.get(4).get("event_hash").asText()));
            return events;
        }));
        assertThat(breakOf(inserted)).extracting(Verification.Break::seq, Verification.Break::kind)
                .containsExactly(5L, Verification.Kind.INSERTED);
    }

    @Test
    void aChainRewrittenWithFreshHashesFailsItsSignedCheckpoint() throws Exception {
        Verification rewritten = verify(export(events -> {
            List<ObjectNode> kept = new ArrayList<>(events.subList(0, 2));
            kept.addAll(chain(3, events.get(1).get("chain_hash").asText(), 4, "rewritten"));
            return kept;
        }));
        assertThat(breakOf(rewritten)).extracting(Verification.Break::seq, Verification.Break::kind)
                .containsExactly(1L, Verification.Kind.REWRITTEN);
    }

    @Test
    void aForgedCheckpointFailsItsSignature() throws Exception {
        List<String> lines = export(events -> events);
        String last = lines.remove(lines.size() - 1);
        lines.add(last.replace("\\\"to_seq\\\":6", "\\\"to_seq\\\":5"));
        assertThat(breakOf(verify(lines)).kind()).isEqualTo(Verification.Kind.BAD_SIGNATURE);
    }

    /** A version 2 statement: the range {@code from..to} of {@code events} and the tree over events 1..treeSize. */
    private String statementV2(List<ObjectNode> events, int number, int from, int to, long treeSize, String treeRoot) {
        List<byte[]> range = new ArrayList<>();
        events.subList(from - 1, to).forEach(e -> range.add(HexFormat.of().parseHex(e.get("event_hash").asText())));
        return "{\"chain_hash\":\"" + events.get(to - 1).get("chain_hash").asText() + "\",\"checkpoint\":" + number
                + ",\"from_seq\":" + from + ",\"merkle_root\":\"" + HexFormat.of().formatHex(MerkleTree.root(range))
                + "\",\"node\":\"gw-1\",\"time\":\"2026-11-28T00:00:00Z\",\"to_seq\":" + to + ",\"tree_root\":\"" + treeRoot
                + "\",\"tree_size\":" + treeSize + ",\"v\":2}";
    }

    private static String treeRoot(List<ObjectNode> events, int size) {
        List<byte[]> leaves = new ArrayList<>();
        events.subList(0, size).forEach(e -> leaves.add(HexFormat.of().parseHex(e.get("event_hash").asText())));
        return HexFormat.of().formatHex(MerkleTree.root(leaves));
    }

    /** Events 1..6 and a v1 checkpoint over 1..2 followed by v2 checkpoints over 3..4 and 5..6 (the second forgeable). */
    private List<String> exportWithTrees(UnaryOperator<String> secondV2Statement) throws Exception {
        List<ObjectNode> events = chain(1, HashChain.GENESIS, 6, "ok");
        List<byte[]> first = new ArrayList<>();
        events.subList(0, 2).forEach(e -> first.add(HexFormat.of().parseHex(e.get("event_hash").asText())));
        String v1 = "{\"chain_hash\":\"" + events.get(1).get("chain_hash").asText() + "\",\"checkpoint\":1,"
                + "\"from_seq\":1,\"merkle_root\":\"" + HexFormat.of().formatHex(MerkleTree.root(first))
                + "\",\"node\":\"gw-1\",\"time\":\"2026-11-28T00:00:00Z\",\"to_seq\":2,\"tree_size\":2,\"v\":1}";
        List<String> statements = List.of(v1, statementV2(events, 2, 3, 4, 4, treeRoot(events, 4)),
                secondV2Statement.apply(statementV2(events, 3, 5, 6, 6, treeRoot(events, 6))));
        List<String> lines = new ArrayList<>();
        lines.add(json.createObjectNode().put("format", RegisterExport.FORMAT).put("version", 1).put("public_key", pem).toString());
        events.forEach(e -> lines.add(e.toString()));
        for (String statement : statements) {
            // signed with the register's key: the forgery is in what was signed, not in the signature
            lines.add(json.createObjectNode().put("kind", "checkpoint").put("statement", statement).put("signature", sign(statement)).toString());
        }
        return lines;
    }

    @Test
    void cumulativeTreeRootsAreRecomputedFromTheExportedEvents() throws Exception {
        Verification intact = verify(exportWithTrees(statement -> statement));
        assertThat(intact.intact()).as(intact.firstBreak().toString()).isTrue();

        List<ObjectNode> events = chain(1, HashChain.GENESIS, 6, "ok");
        String honestRoot = treeRoot(events, 6);
        // A signed tree root that the events do not give (here: the root of the first five).
        Verification forgedRoot = verify(exportWithTrees(statement -> statement.replace(honestRoot, treeRoot(events, 5))));
        assertThat(breakOf(forgedRoot)).extracting(Verification.Break::node, Verification.Break::seq, Verification.Break::kind)
                .containsExactly("gw-1", 6L, Verification.Kind.BAD_CHECKPOINT);
        assertThat(forgedRoot.firstBreak().orElseThrow().detail()).contains("checkpoint 3");

        // A tree that claims fewer events than the chain holds up to the checkpoint.
        Verification forgedSize = verify(exportWithTrees(statement -> statement.replace("\"tree_size\":6", "\"tree_size\":5")));
        assertThat(breakOf(forgedSize)).extracting(Verification.Break::seq, Verification.Break::kind)
                .containsExactly(6L, Verification.Kind.BAD_CHECKPOINT);
    }

    @Test
    void theCommandLineReportsTheBreakAndItsExitCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register.jsonl");
        Path key = dir.resolve("public-key.pem");
        Files.writeString(key, pem);
        Files.write(file, export(events -> events));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ExportCheck.run(new String[] {"verify", file.toString(), "--public-key", key.toString()},
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()))).isZero();
        assertThat(out.toString()).startsWith("intact: 6 events in 1 chain(s)");

        Files.write(file, export(events -> {
            events.remove(1);
            return events;
        }));
        out.reset();
        assertThat(ExportCheck.run(new String[] {"verify", file.toString(), "--public-key", key.toString()},
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
        assertThat(out.toString()).startsWith("BROKEN at gw-1#2: deleted");
    }
}
