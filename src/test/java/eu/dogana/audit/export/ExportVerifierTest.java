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
