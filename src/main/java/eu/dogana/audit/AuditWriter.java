package eu.dogana.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The only writer of this node's chain, with group commit: callers from any thread {@link #append} events and
 * wait for their future; one thread drains whatever has queued up (up to {@code dogana.audit.batch-size}),
 * numbers and chains it, and commits it in one transaction. A caller is released only once its batch is
 * durable, so under load many requests share one commit instead of each paying for its own.
 *
 * <p>Like Lucene's {@code IndexWriter}, it owns the head of its chain (last sequence number and chain hash)
 * and assigns sequence numbers itself. A failed commit fails every event of the batch (their requests are
 * refused) and makes the writer re-read the head from the database before the next batch, so the chain never
 * has a gap or a fork in it.
 */
@Singleton
public final class AuditWriter {

    private static final String INSERT = "INSERT INTO audit_event (node_id, seq, event_time, event_type, request_id, "
            + "tenant, canonical, event_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HEAD = "SELECT seq, chain_hash FROM audit_event WHERE node_id = ? ORDER BY seq DESC";

    private record Pending(AuditEvent event, CompletableFuture<ChainedEvent> committed) {
    }

    private final AgroalDataSource dataSource;
    private final CanonicalForm canonical;
    private final String node;
    private final int batchSize;
    private final Duration commitTimeout;
    private final BlockingQueue<Pending> queue;
    private final List<CommitListener> listeners;
    /** Batches at least this large are canonicalised on several cores. */
    private static final int PARALLEL_BATCH = 16;

    private volatile boolean accepting;
    private Thread thread;

    // Owned by the writer thread.
    private boolean headKnown;
    private long headSeq;
    private String headHash;

    @Inject
    AuditWriter(@Storage AgroalDataSource dataSource, ObjectMapper json, AuditConfig config,
                Instance<CommitListener> listeners) {
        this(dataSource, json, config, listeners.stream().toList());
    }

    /** Outside CDI: the register benchmark drives a writer on a database of its own. */
    AuditWriter(AgroalDataSource dataSource, ObjectMapper json, AuditConfig config, List<CommitListener> listeners) {
        this.dataSource = dataSource;
        this.listeners = List.copyOf(listeners);
        this.canonical = new CanonicalForm(json);
        this.node = config.nodeId().filter(id -> !id.isBlank()).orElseGet(AuditWriter::hostName);
        if (node.length() > 64) {
            throw new IllegalArgumentException("dogana.audit.node-id must be at most 64 characters: " + node);
        }
        this.batchSize = Math.max(1, config.batchSize());
        this.commitTimeout = config.commitTimeout();
        this.queue = new ArrayBlockingQueue<>(Math.max(1, config.queueCapacity()));
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        accepting = true;
        thread = Thread.ofPlatform().name("dogana-audit-writer").daemon().start(this::run);
        Log.infof("Register writer started for node %s", node);
    }

    /** Stops accepting events, then commits what is queued before the application stops. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        accepting = false;
        if (thread != null) {
            thread.join(Duration.ofSeconds(10));
        }
    }

    public String node() {
        return node;
    }

    /**
     * Queues an event. The future completes once it is committed, or fails with
     * {@link AuditUnavailableException} when it cannot be (database down, queue full, shutting down).
     */
    public CompletableFuture<ChainedEvent> append(AuditEvent event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        if (!accepting) {
            pending.committed().completeExceptionally(new AuditUnavailableException("the register is not accepting events", null));
        } else if (!queue.offer(pending)) {
            pending.committed().completeExceptionally(new AuditUnavailableException("the register's queue is full", null));
        }
        return pending.committed();
    }

    /** {@link #append} and wait up to {@code dogana.audit.commit-timeout}. Blocking. */
    public ChainedEvent appendAndWait(AuditEvent event) {
        try {
            return append(event).get(commitTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AuditUnavailableException unavailable ? unavailable
                    : new AuditUnavailableException("the register failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditUnavailableException("the register did not commit within " + commitTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while waiting for the register", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (accepting || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                continue;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, batchSize - 1);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        List<ChainedEvent> chained = new ArrayList<>(batch.size());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!headKnown) {
                    readHead(connection);
                }
                long seq = headSeq;
                String hash = headHash;
                String[] texts = canonicalForms(batch, seq);
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (int i = 0; i < batch.size(); i++) {
                        AuditEvent event = batch.get(i).event();
                        seq++;
                        String text = texts[i];
                        String eventHash = HashChain.eventHash(text.getBytes(StandardCharsets.UTF_8));
                        hash = HashChain.chainHash(hash, eventHash);
                        insert.setString(1, node);
                        insert.setLong(2, seq);
                        insert.setObject(3, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC));
                        insert.setString(4, event.type().name());
                        insert.setString(5, event.requestId());
                        insert.setString(6, event.tenant());
                        insert.setString(7, text);
                        insert.setString(8, eventHash);
                        insert.setString(9, hash);
                        insert.addBatch();
                        chained.add(new ChainedEvent(node, seq, event, text, eventHash, hash));
                    }
                    insert.executeBatch();
                }
                connection.commit();
                headSeq = seq;
                headHash = hash;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            headKnown = false;
            Log.errorf("Register commit of %d events failed; their requests are refused: %s", batch.size(), e.getMessage());
            AuditUnavailableException failure = new AuditUnavailableException("the register could not commit", e);
            for (Pending pending : batch) {
                pending.committed().completeExceptionally(failure);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).committed().complete(chained.get(i));
        }
        List<ChainedEvent> committed = List.copyOf(chained);
        for (CommitListener listener : listeners) {
            try {
                listener.committed(committed);
            } catch (RuntimeException e) {
                // A listener's trouble is its own: the events are committed, and it can read them back.
                Log.warnf("A commit listener failed on %d events: %s", committed.size(), e.getMessage());
            }
        }
    }

    /**
     * The canonical JSON of each event of a batch. Each depends only on its own event and sequence number, so a
     * large batch is canonicalised in parallel (RFC 8785 canonicalisation is most of the writer's CPU); the chain,
     * which depends on order, is still hashed one event after another.
     */
    private String[] canonicalForms(List<Pending> batch, long headSeq) {
        String[] texts = new String[batch.size()];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, batch.size());
        (batch.size() >= PARALLEL_BATCH ? range.parallel() : range)
                .forEach(i -> texts[i] = canonical.of(node, headSeq + 1 + i, batch.get(i).event()));
        return texts;
    }

    private void readHead(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HEAD)) {
            query.setString(1, node);
            query.setMaxRows(1);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    headSeq = row.getLong(1);
                    headHash = row.getString(2).strip();
                } else {
                    headSeq = 0;
                    headHash = HashChain.GENESIS;
                }
            }
        }
        headKnown = true;
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 64 ? host.substring(0, 64) : host;
        } catch (UnknownHostException e) {
            return "local";
        }
    }
}
