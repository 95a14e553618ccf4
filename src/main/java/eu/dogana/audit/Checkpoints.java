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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Signs checkpoints of this node's chain every {@code dogana.audit.checkpoint-interval}, and sooner once
 * {@code dogana.audit.checkpoint-events} events are unsigned, keeps them in the
 * database and as files in {@code audit-store/checkpoints/}, and reads them back for verification and proofs.
 * A checkpoint covers the events since the previous one (at most {@value #MAX_RANGE}; the rest waits for the
 * next), or none at all, and states the tree of the node's whole chain up to its end, which it extends from the
 * previous checkpoint's stored {@link MerkleFrontier} rather than from the chain.
 */
@Singleton
public final class Checkpoints {

    static final int MAX_RANGE = 100_000;

    private static final String LAST = "SELECT * FROM audit_checkpoint WHERE node_id = ? ORDER BY checkpoint_no DESC";
    private static final String ONE = "SELECT * FROM audit_checkpoint WHERE node_id = ? AND checkpoint_no = ?";
    private static final String ALL = "SELECT * FROM audit_checkpoint ORDER BY node_id, checkpoint_no";
    private static final String INSERT = "INSERT INTO audit_checkpoint (node_id, checkpoint_no, from_seq, to_seq, "
            + "merkle_root, chain_hash, created_at, statement, signature, tree_size, tree_root, frontier) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final AuditWriter writer;
    private final CheckpointSigner signer;
    private final ObjectMapper json;
    private final AuditConfig config;
    private final Path directory;
    private ScheduledExecutorService schedule;
    // events committed since the last checkpoint, as counted by CheckpointTrigger; an early signing is queued at most once
    private final AtomicLong unsigned = new AtomicLong();
    private final AtomicBoolean earlyQueued = new AtomicBoolean();

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

    /**
     * Told by {@link CheckpointTrigger} that {@code events} more were committed: queues a checkpoint once
     * {@code dogana.audit.checkpoint-events} are unsigned, on the signing thread, so the writer never waits for it.
     */
    void written(int events) {
        int threshold = config.checkpointEvents();
        if (threshold <= 0 || unsigned.addAndGet(events) < threshold || schedule == null
                || !earlyQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            schedule.execute(() -> {
                try {
                    sign();
                } catch (RuntimeException e) {
                    Log.errorf("Signing a register checkpoint failed: %s", e.getMessage());
                } finally {
                    earlyQueued.set(false);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            earlyQueued.set(false);
        }
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
            Optional<Stored> previous = last(connection, node);
            Optional<Checkpoint> previousCheckpoint = previous.map(Stored::checkpoint);
            long from = previousCheckpoint.map(checkpoint -> checkpoint.toSeq() + 1).orElse(1L);
            MerkleFrontier frontier = frontierAfter(connection, previous);
            EventRange range = EventRange.read(connection, node, from, MAX_RANGE);
            long to = range.lastSeq();
            String chainHash = range.lastChainHash()
                    .orElseGet(() -> previousCheckpoint.map(Checkpoint::chainHash).orElse(HashChain.GENESIS));
            List<byte[]> leaves = range.leaves();
            leaves.forEach(frontier::append);
            Checkpoint.TreeHead tree = new Checkpoint.TreeHead(frontier.size(), HexFormat.of().formatHex(frontier.root()));
            long number = previousCheckpoint.map(checkpoint -> checkpoint.number() + 1).orElse(1L);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String root = HexFormat.of().formatHex(MerkleTree.root(leaves));
            String statement = statement(node, number, from, to, root, chainHash, Optional.of(tree), now);
            Checkpoint checkpoint = new Checkpoint(node, number, from, to, root, chainHash, Optional.of(tree), now,
                    statement, signer.sign(statement));
            insert(connection, checkpoint, frontier);
            writeFile(checkpoint);
            long signed = checkpoint.size();
            unsigned.updateAndGet(count -> Math.max(0, count - signed));
            return checkpoint;
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot sign a checkpoint", e);
        }
    }

    /**
     * The frontier of the node's tree at the previous checkpoint: the stored one when it gives the tree head that
     * checkpoint signed; otherwise (a checkpoint signed before version 2, or a frontier that does not match) rebuilt
     * once from the chain, after which every checkpoint carries it again.
     */
    private static MerkleFrontier frontierAfter(Connection connection, Optional<Stored> previous) throws SQLException {
        if (previous.isEmpty()) {
            return new MerkleFrontier();
        }
        Checkpoint checkpoint = previous.get().checkpoint();
        Optional<MerkleFrontier> stored = previous.get().frontier();
        if (stored.isPresent() && checkpoint.tree().isPresent()
                && checkpoint.tree().get().root().equals(HexFormat.of().formatHex(stored.get().root()))) {
            return stored.get();
        }
        if (stored.isPresent()) {
            Log.warnf("The stored Merkle frontier of checkpoint %s-%d does not give its signed tree root; rebuilding "
                    + "it from the chain", checkpoint.node(), checkpoint.number());
        }
        MerkleFrontier rebuilt = new MerkleFrontier();
        long events = EventRange.forEachLeaf(connection, checkpoint.node(), 1, checkpoint.toSeq(), rebuilt::append);
        Log.infof("Rebuilt the Merkle frontier of node %s from its %d events up to checkpoint %d", checkpoint.node(),
                events, checkpoint.number());
        return rebuilt;
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

    /** Checkpoint {@code number} of {@code node}, if there is one. */
    public Optional<Checkpoint> find(String node, long number) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(ONE)) {
            query.setString(1, node);
            query.setLong(2, number);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read checkpoints", e);
        }
    }

    /**
     * The consistency proof between two checkpoints of one node that both state their cumulative tree, the older
     * first. Each hash of the proof is the root of a subtree of the node's chain and is computed here from the
     * event hashes in the database, read once each (the subtrees do not overlap): up to the whole chain per call.
     * Fine while proofs are asked for now and then by auditors; a log serving many would keep the inner node
     * hashes instead.
     *
     * @throws IllegalArgumentException when either checkpoint lacks its tree, they belong to different nodes or
     *                                  {@code from} is not older than {@code to}
     */
    public ConsistencyProof consistency(Checkpoint from, Checkpoint to) {
        if (!from.node().equals(to.node()) || from.number() >= to.number()) {
            throw new IllegalArgumentException("a consistency proof runs from an older to a newer checkpoint of one node");
        }
        Checkpoint.TreeHead first = from.tree().orElseThrow(() -> new IllegalArgumentException("checkpoint "
                + from.number() + " states no cumulative tree"));
        Checkpoint.TreeHead second = to.tree().orElseThrow(() -> new IllegalArgumentException("checkpoint "
                + to.number() + " states no cumulative tree"));
        List<String> path = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (MerkleTree.Subtree subtree : MerkleTree.consistencySubtrees(first.size(), second.size())) {
                // Leaf i of the node's tree is its event of sequence number i + 1.
                MerkleFrontier hashes = new MerkleFrontier();
                EventRange.forEachLeaf(connection, from.node(), subtree.start() + 1, subtree.end(), hashes::append);
                path.add(HexFormat.of().formatHex(hashes.root()));
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register", e);
        }
        return new ConsistencyProof(from, to, path);
    }

    /**
     * The canonical statement a checkpoint signs; verifiers rebuild it from the fields and compare. Version 2 adds
     * the cumulative tree ({@code tree_size}, {@code tree_root}); version 1 statements, signed before, carry the
     * range's size as {@code tree_size} and are rebuilt as they were.
     */
    String statement(String node, long number, long from, long to, String root, String chainHash,
                     Optional<Checkpoint.TreeHead> tree, Instant time) {
        ObjectNode statement = json.createObjectNode()
                .put("v", tree.isPresent() ? 2 : 1)
                .put("node", node)
                .put("checkpoint", number)
                .put("from_seq", from)
                .put("to_seq", to)
                .put("tree_size", tree.map(Checkpoint.TreeHead::size).orElse(to - from + 1))
                .put("merkle_root", root)
                .put("chain_hash", chainHash)
                .put("time", time.toString());
        tree.ifPresent(head -> statement.put("tree_root", head.root()));
        try {
            return new JsonCanonicalizer(json.writeValueAsString(statement)).getEncodedString();
        } catch (IOException e) {
            throw new IllegalStateException("a statement of plain values always serialises", e);
        }
    }

    boolean signatureHolds(Checkpoint checkpoint) {
        String expected = statement(checkpoint.node(), checkpoint.number(), checkpoint.fromSeq(), checkpoint.toSeq(),
                checkpoint.merkleRoot(), checkpoint.chainHash(), checkpoint.tree(), checkpoint.createdAt());
        return expected.equals(checkpoint.statement()) && signer.verify(checkpoint.statement(), checkpoint.signature());
    }

    /** A checkpoint as stored, with the frontier the next one continues from (none before version 2). */
    private record Stored(Checkpoint checkpoint, Optional<MerkleFrontier> frontier) {
    }

    private Optional<Stored> last(Connection connection, String node) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LAST)) {
            query.setString(1, node);
            query.setMaxRows(1);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Checkpoint checkpoint = read(row);
                String frontier = row.getString("frontier");
                Optional<MerkleFrontier> stored = Optional.empty();
                if (frontier != null && checkpoint.tree().isPresent()) {
                    try {
                        stored = Optional.of(MerkleFrontier.fromHex(checkpoint.tree().get().size(), frontier.strip()));
                    } catch (IllegalArgumentException e) {
                        // Unreadable: rebuilt from the chain like a missing one.
                        Log.warnf("The stored Merkle frontier of checkpoint %s-%d is unreadable: %s", node,
                                checkpoint.number(), e.getMessage());
                    }
                }
                return Optional.of(new Stored(checkpoint, stored));
            }
        }
    }

    private static Checkpoint read(ResultSet row) throws SQLException {
        long treeSize = row.getLong("tree_size");
        boolean noTreeSize = row.wasNull();
        String treeRoot = row.getString("tree_root");
        Optional<Checkpoint.TreeHead> tree = noTreeSize || treeRoot == null ? Optional.empty()
                : Optional.of(new Checkpoint.TreeHead(treeSize, treeRoot.strip()));
        return new Checkpoint(row.getString("node_id"), row.getLong("checkpoint_no"), row.getLong("from_seq"),
                row.getLong("to_seq"), row.getString("merkle_root").strip(), row.getString("chain_hash").strip(), tree,
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("statement"),
                row.getString("signature"));
    }

    private static void insert(Connection connection, Checkpoint checkpoint, MerkleFrontier frontier) throws SQLException {
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
            Checkpoint.TreeHead tree = checkpoint.tree().orElseThrow();
            insert.setLong(10, tree.size());
            insert.setString(11, tree.root());
            insert.setString(12, frontier.toHex());
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
