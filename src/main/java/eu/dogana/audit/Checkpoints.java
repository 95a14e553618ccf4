package eu.dogana.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.storage.Storage;
import eu.dogana.storage.StorageConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Signs checkpoints of this node's chain every {@code dogana.audit.checkpoint-interval}, keeps them in the
 * database and as files in {@code audit-store/checkpoints/}, and reads them back for verification and proofs.
 * A checkpoint covers the events since the previous one (at most {@value #MAX_RANGE}; the rest waits for the
 * next), or none at all.
 */
@Singleton
public final class Checkpoints {

    static final int MAX_RANGE = 100_000;

    private static final String LAST = "SELECT * FROM audit_checkpoint WHERE node_id = ? ORDER BY checkpoint_no DESC";
    private static final String ALL = "SELECT * FROM audit_checkpoint ORDER BY node_id, checkpoint_no";
    private static final String INSERT = "INSERT INTO audit_checkpoint (node_id, checkpoint_no, from_seq, to_seq, "
            + "merkle_root, chain_hash, created_at, statement, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final AuditWriter writer;
    private final CheckpointSigner signer;
    private final ObjectMapper json;
    private final AuditConfig config;
    private final Path directory;
    private ScheduledExecutorService schedule;

    Checkpoints(@Storage AgroalDataSource dataSource, AuditWriter writer, CheckpointSigner signer, ObjectMapper json,
                AuditConfig config, StorageConfig storage) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.signer = signer;
        this.json = json;
        this.config = config;
        this.directory = storage.homeDir().resolve("checkpoints");
    }

    void start(@Observes StartupEvent event) {
        long interval = config.checkpointInterval().toMillis();
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dogana-checkpoints").daemon().factory());
        schedule.scheduleWithFixedDelay(() -> {
            try {
                sign();
            } catch (RuntimeException e) {
                // The next tick tries again; verification reports the gap in coverage meanwhile.
                Log.errorf("Signing a register checkpoint failed: %s", e.getMessage());
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    /** Signs a checkpoint over this node's events since the previous one. Serialised: one signer at a time. */
    public synchronized Checkpoint sign() {
        String node = writer.node();
        try (Connection connection = dataSource.getConnection()) {
            Optional<Checkpoint> previous = last(connection, node);
            long from = previous.map(checkpoint -> checkpoint.toSeq() + 1).orElse(1L);
            EventRange range = EventRange.read(connection, node, from, MAX_RANGE);
            long to = range.lastSeq();
            String chainHash = range.lastChainHash()
                    .orElseGet(() -> previous.map(Checkpoint::chainHash).orElse(HashChain.GENESIS));
            List<byte[]> leaves = range.leaves();
            long number = previous.map(checkpoint -> checkpoint.number() + 1).orElse(1L);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String root = HexFormat.of().formatHex(MerkleTree.root(leaves));
            String statement = statement(node, number, from, to, root, chainHash, now);
            Checkpoint checkpoint = new Checkpoint(node, number, from, to, root, chainHash, now, statement, signer.sign(statement));
            insert(connection, checkpoint);
            writeFile(checkpoint);
            return checkpoint;
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot sign a checkpoint", e);
        }
    }

    /** Every checkpoint of every node, oldest first per node. */
    public List<Checkpoint> all() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(ALL);
             ResultSet rows = query.executeQuery()) {
            List<Checkpoint> checkpoints = new ArrayList<>();
            while (rows.next()) {
                checkpoints.add(read(rows));
            }
            return checkpoints;
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read checkpoints", e);
        }
    }

    /**
     * The inclusion proof of event {@code node#seq} in the signed checkpoint that covers it; empty when no
     * checkpoint covers it yet (it is younger than the last one) or there is no such event.
     */
    public Optional<InclusionProof> proof(String node, long seq) {
        Optional<Checkpoint> covering = all().stream()
                .filter(checkpoint -> checkpoint.node().equals(node) && checkpoint.fromSeq() <= seq && seq <= checkpoint.toSeq())
                .findFirst();
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        Checkpoint checkpoint = covering.get();
        List<byte[]> leaves;
        try (Connection connection = dataSource.getConnection()) {
            leaves = EventRange.read(connection, node, checkpoint.fromSeq(), (int) checkpoint.size()).leaves();
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register", e);
        }
        int index = (int) (seq - checkpoint.fromSeq());
        if (index >= leaves.size()) {
            return Optional.empty();
        }
        List<String> path = MerkleTree.inclusionPath(leaves, index).stream().map(HexFormat.of()::formatHex).toList();
        return Optional.of(new InclusionProof(node, seq, HexFormat.of().formatHex(leaves.get(index)), index, leaves.size(),
                path, checkpoint));
    }

    /** The canonical statement a checkpoint signs; verifiers rebuild it from the fields and compare. */
    String statement(String node, long number, long from, long to, String root, String chainHash, Instant time) {
        ObjectNode statement = json.createObjectNode()
                .put("v", 1)
                .put("node", node)
                .put("checkpoint", number)
                .put("from_seq", from)
                .put("to_seq", to)
                .put("tree_size", to - from + 1)
                .put("merkle_root", root)
                .put("chain_hash", chainHash)
                .put("time", time.toString());
        try {
            return new JsonCanonicalizer(json.writeValueAsString(statement)).getEncodedString();
        } catch (IOException e) {
            throw new IllegalStateException("a statement of plain values always serialises", e);
        }
    }

    boolean signatureHolds(Checkpoint checkpoint) {
        String expected = statement(checkpoint.node(), checkpoint.number(), checkpoint.fromSeq(), checkpoint.toSeq(),
                checkpoint.merkleRoot(), checkpoint.chainHash(), checkpoint.createdAt());
        return expected.equals(checkpoint.statement()) && signer.verify(checkpoint.statement(), checkpoint.signature());
    }

    private Optional<Checkpoint> last(Connection connection, String node) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LAST)) {
            query.setString(1, node);
            query.setMaxRows(1);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static Checkpoint read(ResultSet row) throws SQLException {
        return new Checkpoint(row.getString("node_id"), row.getLong("checkpoint_no"), row.getLong("from_seq"),
                row.getLong("to_seq"), row.getString("merkle_root").strip(), row.getString("chain_hash").strip(),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("statement"),
                row.getString("signature"));
    }

    private static void insert(Connection connection, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, checkpoint.node());
            insert.setLong(2, checkpoint.number());
            insert.setLong(3, checkpoint.fromSeq());
            insert.setLong(4, checkpoint.toSeq());
            insert.setString(5, checkpoint.merkleRoot());
            insert.setString(6, checkpoint.chainHash());
            insert.setObject(7, OffsetDateTime.ofInstant(checkpoint.createdAt(), ZoneOffset.UTC));
            insert.setString(8, checkpoint.statement());
            insert.setString(9, checkpoint.signature());
            insert.executeUpdate();
        }
    }

    /** One file per checkpoint: the statement and its signature, so a copy outside the database survives it. */
    private void writeFile(Checkpoint checkpoint) {
        Path file = directory.resolve(checkpoint.node() + "-" + checkpoint.number() + ".json");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, "{\"statement\":" + checkpoint.statement() + ",\"signature\":\""
                    + checkpoint.signature() + "\"}\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            Log.warnf("Checkpoint %s-%d is in the database but could not be written to %s: %s", checkpoint.node(),
                    checkpoint.number(), file, e.getMessage());
        }
    }
}
