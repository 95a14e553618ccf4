package eu.dogana.audit.search;

import eu.dogana.audit.ChainedEvent;
import eu.dogana.audit.CommitListener;
import eu.dogana.storage.StorageConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Keeps the {@link EventIndex} in step with the register, on one indexing thread of its own: committed batches
 * from the {@link eu.dogana.audit.AuditWriter} are queued (never waited for: the request path does not feel
 * the index), added, made searchable every {@code refresh-interval} and durable every {@code commit-interval}.
 *
 * <p>The database is the truth; the index only catches up with it. At start, at every commit and whenever the
 * feed dropped a batch or saw a gap, each node's head in the index is checked against the database (sequence
 * number and chain hash) and the missing events are read back; an index whose head the database does not
 * have (another database, a rewritten chain) or whose writer failed is rebuilt.
 */
@Singleton
public final class IndexMaintainer implements CommitListener {

    private static final Logger LOG = Logger.getLogger(IndexMaintainer.class);
    private static final int PAGE = 2_000;

    private sealed interface Work permits Batch, Task {
    }

    private record Batch(List<ChainedEvent> events) implements Work {
    }

    private record Task(Callable<Object> action, CompletableFuture<Object> done) implements Work {
    }

    private final Path home;
    private final SearchConfig config;
    private final EventSource source;
    private final BlockingQueue<Work> queue;
    private volatile EventIndex index;
    private volatile boolean running;
    private volatile boolean missed;
    private Thread thread;

    IndexMaintainer(StorageConfig storage, SearchConfig config, EventSource source) {
        this.home = storage.homeDir().resolve("index");
        this.config = config;
        this.source = source;
        this.queue = new LinkedBlockingQueue<>(Math.max(1, config.queueCapacity()));
    }

    void start(@Observes StartupEvent event) {
        try {
            index = EventIndex.open(home);
        } catch (IOException e) {
            // Searching is then unavailable; the register itself is not affected.
            LOG.errorf("The register's search index cannot be opened in %s: %s", home, e.getMessage());
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("dogana-audit-index").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10));
        }
    }

    /** The index, for searching; empty when it could not be opened. */
    public Optional<EventIndex> index() {
        return Optional.ofNullable(index);
    }

    /** Never blocks: a batch that finds the queue full is dropped and read back from the database later. */
    @Override
    public void committed(List<ChainedEvent> batch) {
        if (!running || !queue.offer(new Batch(batch))) {
            missed = true;
        }
    }

    /** Brings the index up to the database's heads and makes everything searchable. Blocking. */
    public void sync() {
        submit(() -> {
            reconcile();
            index.refresh();
            return null;
        }, Duration.ofMinutes(1));
    }

    /** Rebuilds the index from the database and swaps it in. Blocking, for as long as reading the register takes. */
    public EventIndex.Rebuilt rebuild() {
        return (EventIndex.Rebuilt) submit(() -> {
            EventIndex.Rebuilt rebuilt = index.rebuild(source);
            catchUp();
            index.refresh();
            return rebuilt;
        }, Duration.ofMinutes(30));
    }

    private Object submit(Callable<Object> action, Duration timeout) {
        if (!running) {
            throw new IllegalStateException("the search index is not running");
        }
        Task task = new Task(action, new CompletableFuture<>());
        try {
            if (!queue.offer(task, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the search index is too busy");
            }
            return task.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the search index did not finish within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        }
    }

    private void run() {
        long refreshNanos = config.refreshInterval().toNanos();
        long commitNanos = config.commitInterval().toNanos();
        long nextRefresh = System.nanoTime() + refreshNanos;
        long nextCommit = System.nanoTime() + commitNanos;
        safely("catching up with the register", this::reconcile);
        safely("refreshing", index::refresh);
        while (running) {
            Work work = null;
            try {
                work = queue.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextRefresh - System.nanoTime())), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Interrupted by stop(); the loop condition decides.
            }
            if (work instanceof Batch batch) {
                safely("indexing committed events", () -> add(batch.events()));
            } else if (work instanceof Task task) {
                try {
                    task.done().complete(task.action().call());
                } catch (Exception e) {
                    task.done().completeExceptionally(e);
                }
            }
            long now = System.nanoTime();
            if (missed) {
                missed = false;
                safely("catching up with the register", this::reconcile);
            }
            if (now - nextRefresh >= 0) {
                safely("refreshing", index::refresh);
                nextRefresh = now + refreshNanos;
            }
            if (now - nextCommit >= 0) {
                safely("committing", index::commit);
                safely("catching up with the register", this::reconcile);
                nextCommit = now + commitNanos;
            }
        }
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Closing the register's search index failed (it is checked at the next start): %s", e.getMessage());
        }
    }

    private void add(List<ChainedEvent> events) throws IOException {
        for (ChainedEvent event : events) {
            if (index.add(event) == EventIndex.Added.GAP) {
                // Something before this batch was missed; the database has it, and this batch too.
                catchUp();
                return;
            }
        }
    }

    /** Rebuilds when the index no longer matches the database, else reads what it lacks. */
    private void reconcile() throws IOException {
        if (!index.usable()) {
            LOG.warn("The register's search index failed; rebuilding it from the register");
            index.rebuild(source);
        } else {
            for (Map.Entry<String, IndexHead> head : index.heads().entrySet()) {
                Optional<String> chainHash = source.chainHash(head.getKey(), head.getValue().seq());
                if (chainHash.isEmpty() || !chainHash.get().equals(head.getValue().chainHash())) {
                    LOG.warnf("The register's search index does not match the register at %s:%d; rebuilding it",
                            head.getKey(), head.getValue().seq());
                    index.rebuild(source);
                    break;
                }
            }
        }
        catchUp();
    }

    private void catchUp() throws IOException {
        for (String node : source.heads().keySet()) {
            IndexHead head = index.heads().get(node);
            long after = head == null ? 0 : head.seq();
            while (true) {
                List<ChainedEvent> page = source.after(node, after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                for (ChainedEvent event : page) {
                    index.addFromSource(event);
                }
                after = page.getLast().seq();
            }
        }
    }

    private interface IndexStep {
        void run() throws IOException;
    }

    /** Index trouble is logged and retried at the next commit interval; it never reaches the register's callers. */
    private void safely(String what, IndexStep step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The register's search index failed %s: %s", what, e.toString());
        }
    }
}
