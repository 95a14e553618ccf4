package eu.dogana.audit.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.audit.ChainCheck;
import eu.dogana.audit.Checkpoint;
import eu.dogana.audit.MerkleTree;
import eu.dogana.audit.TreeHeadCheck;
import eu.dogana.audit.Verification;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies a register export ({@link RegisterExport}) with nothing but the file and the Ed25519 public key: every
 * chain row by row ({@link ChainCheck}), then every checkpoint — its signature, its Merkle root and chain hash
 * against the events it covers and, when it states one (statement version 2), its cumulative tree against the
 * node's events from the first. A chain rewritten with recomputed hashes passes the first test and fails the
 * second; a forged checkpoint fails its signature; a validly signed but false tree head is a bad checkpoint.
 * Needs no database and no Dogana server.
 */
public final class ExportVerifier {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param publicKeyPem the key to trust; empty means the key in the export's header (then the auditor must have
     *                     compared that key with the one published by the organisation)
     */
    public Verification verify(BufferedReader export, Optional<String> publicKeyPem) throws IOException {
        String headerLine = export.readLine();
        JsonNode header = headerLine == null ? null : json.readTree(headerLine);
        if (header == null || !RegisterExport.FORMAT.equals(header.path("format").asText())) {
            throw new IOException("not a Dogana register export (first line must be its header)");
        }
        PublicKey key = publicKey(publicKeyPem.orElse(header.path("public_key").asText()));
        ChainCheck chains = new ChainCheck(json);
        Map<String, List<byte[]>> eventHashes = new HashMap<>();
        Map<String, List<String>> chainHashes = new HashMap<>();
        List<JsonNode> checkpoints = new ArrayList<>();
        String line;
        while ((line = export.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = json.readTree(line);
            switch (entry.path("kind").asText()) {
                case "event" -> {
                    String node = entry.path("node").asText();
                    long seq = entry.path("seq").asLong();
                    Optional<Verification.Break> broken = chains.accept(node, seq, entry.path("canonical").asText(),
                            entry.path("event_hash").asText(), entry.path("chain_hash").asText());
                    if (broken.isPresent()) {
                        return new Verification(false, chains.checked(), chains.chains(), broken);
                    }
                    eventHashes.computeIfAbsent(node, n -> new ArrayList<>()).add(HexFormat.of().parseHex(entry.path("event_hash").asText()));
                    chainHashes.computeIfAbsent(node, n -> new ArrayList<>()).add(entry.path("chain_hash").asText());
                }
                case "checkpoint" -> checkpoints.add(entry);
                default -> throw new IOException("unknown entry kind in export: " + entry.path("kind"));
            }
        }
        List<Verification.ChainState> states = chains.chains();
        TreeHeadCheck trees = new TreeHeadCheck(
                (node, from, to) -> eventHashes.get(node).subList((int) from - 1, (int) to));
        for (JsonNode checkpoint : checkpoints) {
            Optional<Verification.Break> broken = checkCheckpoint(checkpoint, key, eventHashes, chainHashes, trees);
            if (broken.isPresent()) {
                return new Verification(false, chains.checked(), states, broken);
            }
        }
        return new Verification(true, chains.checked(), states, Optional.empty());
    }

    private Optional<Verification.Break> checkCheckpoint(JsonNode checkpoint, PublicKey key,
                                                         Map<String, List<byte[]>> eventHashes,
                                                         Map<String, List<String>> chainHashes,
                                                         TreeHeadCheck trees) throws IOException {
        String statementText = checkpoint.path("statement").asText();
        JsonNode statement = json.readTree(statementText);
        String node = statement.path("node").asText();
        long from = statement.path("from_seq").asLong();
        long to = statement.path("to_seq").asLong();
        if (!signatureHolds(key, statementText, checkpoint.path("signature").asText())) {
            return Optional.of(new Verification.Break(node, to, Verification.Kind.BAD_SIGNATURE,
                    "checkpoint " + statement.path("checkpoint").asLong() + " does not verify with the public key"));
        }
        List<byte[]> hashes = eventHashes.getOrDefault(node, List.of());
        if (to > hashes.size() || from < 1 || from > to + 1) {
            return Optional.of(new Verification.Break(node, Math.min(from, hashes.size() + 1L), Verification.Kind.DELETED,
                    "signed checkpoint " + statement.path("checkpoint").asLong() + " covers events up to " + to
                            + " but the export holds " + hashes.size()));
        }
        List<byte[]> range = hashes.subList((int) from - 1, (int) to);
        String root = HexFormat.of().formatHex(MerkleTree.root(range));
        boolean chainHolds = range.isEmpty()
                || chainHashes.get(node).get((int) to - 1).equals(statement.path("chain_hash").asText());
        if (!root.equals(statement.path("merkle_root").asText()) || !chainHolds) {
            return Optional.of(new Verification.Break(node, from, Verification.Kind.REWRITTEN, "events " + from + " to "
                    + to + " no longer match signed checkpoint " + statement.path("checkpoint").asLong()));
        }
        Optional<Checkpoint.TreeHead> stated = Optional.empty();
        if (statement.has("tree_root")) {
            long size = statement.path("tree_size").asLong(-1);
            if (size < 0) {
                return Optional.of(new Verification.Break(node, to, Verification.Kind.BAD_CHECKPOINT, "checkpoint "
                        + statement.path("checkpoint").asLong() + " states a tree root without a tree size"));
            }
            stated = Optional.of(new Checkpoint.TreeHead(size, statement.path("tree_root").asText()));
        }
        return trees.accept(node, statement.path("checkpoint").asLong(), from, to, range, stated);
    }

    private static boolean signatureHolds(PublicKey key, String statement, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(statement.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static PublicKey publicKey(String pem) throws IOException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("not an Ed25519 public key in PEM form: " + e.getMessage(), e);
        }
    }
}
