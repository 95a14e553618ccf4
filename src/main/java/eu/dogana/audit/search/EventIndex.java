package eu.dogana.audit.search;

import static java.util.Objects.requireNonNull;

import eu.dogana.audit.ChainedEvent;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.jboss.logging.Logger;

/**
 * The Lucene index of the register's events under one home directory ({@code ${dogana.audit.dir}/index}).
 *
 * <p>The home holds generations ({@code gen-…} directories) and a file {@value #CURRENT} naming the one in use.
 * A rebuild fills a new generation beside the old one and then replaces {@value #CURRENT} with an atomic move,
 * so a crash at any point leaves a usable index, and searches go on against the old generation until the swap.
 * Each commit records, per writer node, the last event it holds ({@link IndexHead}) and the schema version.
 *
 * <p>Threads: {@link #add}, {@link #refresh}, {@link #commit}, {@link #rebuild} and {@link #close} belong to one
 * indexing thread; {@link #acquire} and {@link #heads()} may be called from any thread.
 */
public final class EventIndex implements Closeable {

    static final String CURRENT = "CURRENT";
    private static final String HEAD_KEY = "head:";
    private static final String SCHEMA_KEY = "schema";
    private static final int PAGE = 2_000;
    private static final Logger LOG = Logger.getLogger(EventIndex.class);

    /** What {@link #add} did with an event. */
    public enum Added {
        ADDED,
        /** Its node's head is already at or past it. */
        ALREADY_INDEXED,
        /** Events between the node's head and it are missing: read them from the source first. */
        GAP
    }

    /** What a rebuild read: events per node, and how long it took. */
    public record Rebuilt(long events, Map<String, Long> perNode, long millis) {
    }

    /** A searcher on loan; closing returns it to the generation it came from. */
    public static final class Lease implements AutoCloseable {
        private final SearcherManager manager;
        private final FacetedSearcher searcher;

        private Lease(SearcherManager manager, IndexSearcher searcher) {
            this.manager = manager;
            this.searcher = (FacetedSearcher) searcher;
        }

        FacetedSearcher searcher() {
            return searcher;
        }

        @Override
        public void close() throws IOException {
            manager.release(searcher);
        }
    }

    private record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {

        void close() throws IOException {
            IOUtils.close(searchers, writer, directory);
        }
    }

    private final Path home;
    private final FacetsConfig facetsConfig = EventSchema.facetsConfig();
    private final EventDocuments documents = new EventDocuments(facetsConfig);
    private volatile Generation current;
    /** Written by the indexing thread only; read by any. */
    private final Map<String, IndexHead> heads = new ConcurrentHashMap<>();
    private boolean dirty;

    private EventIndex(Path home, Generation generation, Map<String, IndexHead> heads) {
        this.home = home;
        this.current = generation;
        this.heads.putAll(heads);
    }

    /**
     * Opens the generation named in {@code home/CURRENT}. An index that is missing, unreadable, corrupt or of
     * another schema version is set aside for a new, empty generation: the caller then fills it from the
     * database like any index that lags behind.
     */
    public static EventIndex open(Path home) throws IOException {
        Files.createDirectories(home);
        Path named = null;
        try {
            named = home.resolve(Files.readString(home.resolve(CURRENT), StandardCharsets.UTF_8).strip());
            Generation generation = openGeneration(named, false);
            Map<String, String> data = SegmentInfos.readLatestCommit(generation.directory()).getUserData();
            if (!EventSchema.VERSION.equals(data.get(SCHEMA_KEY))) {
                generation.close();
                LOG.infof("The register's search index in %s is of another schema version; it is rebuilt", named);
            } else {
                EventIndex index = new EventIndex(home, generation, headsOf(data));
                index.deleteOtherGenerations();
                return index;
            }
        } catch (NoSuchFileException e) {
            LOG.infof("No search index in %s yet; it is built from the register", home);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The register's search index in %s cannot be used (%s); it is rebuilt from the register",
                    named == null ? home : named, e.toString());
        }
        Generation fresh = newGeneration(home);
        commit(fresh.writer(), Map.of());
        EventIndex index = new EventIndex(home, fresh, Map.of());
        index.makeCurrent(fresh);
        index.deleteOtherGenerations();
        return index;
    }

    /** The last event indexed per node (a copy). */
    public Map<String, IndexHead> heads() {
        return Map.copyOf(heads);
    }

    /**
     * Indexes one event if it is the next of its node's chain. An event the index cannot take (an attribute
     * against the field's schema) is logged and counted as indexed, so that it cannot hold up the ones after it.
     */
    public Added add(ChainedEvent event) throws IOException {
        return add(event, true);
    }

    /**
     * Indexes an event read back from the source, which is authoritative: a gap before it (a row that is no
     * event) is accepted.
     */
    public Added addFromSource(ChainedEvent event) throws IOException {
        return add(event, false);
    }

    private Added add(ChainedEvent event, boolean contiguous) throws IOException {
        IndexHead head = heads.get(event.node());
        long last = head == null ? 0 : head.seq();
        if (event.seq() <= last) {
            return Added.ALREADY_INDEXED;
        }
        if (contiguous && event.seq() != last + 1) {
            return Added.GAP;
        }
        try {
            current.writer().addDocument(documents.of(event));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Event %s:%d is not searchable: %s", event.node(), event.seq(), e.getMessage());
        }
        heads.put(event.node(), new IndexHead(event.seq(), event.chainHash()));
        dirty = true;
        return Added.ADDED;
    }

    /** False once the writer closed itself after a tragic error (disk full, corruption): only a rebuild helps. */
    public boolean usable() {
        IndexWriter writer = current.writer();
        return writer.isOpen() && writer.getTragicException() == null;
    }

    /** Makes what was added visible to new searches. */
    public void refresh() throws IOException {
        current.searchers().maybeRefresh();
    }

    /** Makes what was added durable, with the heads it reaches. A no-op when nothing changed. */
    public void commit() throws IOException {
        if (!dirty) {
            return;
        }
        commit(current.writer(), heads);
        dirty = false;
    }

    /**
     * Reads every event of every node from {@code source}, in sequence order and a page at a time, into a new
     * generation, then swaps it in atomically and deletes the old one.
     */
    public Rebuilt rebuild(EventSource source) throws IOException {
        long started = System.nanoTime();
        Generation fresh = newGeneration(home);
        Map<String, IndexHead> built = new HashMap<>();
        Map<String, Long> perNode = new HashMap<>();
        long total = 0;
        try {
            for (String node : source.heads().keySet()) {
                long after = 0;
                long count = 0;
                while (true) {
                    List<ChainedEvent> page = source.after(node, after, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (ChainedEvent event : page) {
                        try {
                            fresh.writer().addDocument(documents.of(event));
                        } catch (IllegalArgumentException e) {
                            LOG.warnf("Event %s:%d is not searchable: %s", event.node(), event.seq(), e.getMessage());
                        }
                        after = event.seq();
                        built.put(node, new IndexHead(event.seq(), event.chainHash()));
                        count++;
                    }
                }
                perNode.put(node, count);
                total += count;
            }
            commit(fresh.writer(), built);
            fresh.searchers().maybeRefresh();
        } catch (IOException | RuntimeException e) {
            fresh.close();
            IOUtils.rm(fresh.path());
            throw e;
        }
        Generation old = current;
        makeCurrent(fresh);
        current = fresh;
        heads.clear();
        heads.putAll(built);
        dirty = false;
        // Searches still holding the old generation's readers finish on them; its files go once they let go.
        try {
            old.writer().rollback();
            IOUtils.close(old.searchers(), old.directory());
        } finally {
            deleteOtherGenerations();
        }
        return new Rebuilt(total, Map.copyOf(perNode), (System.nanoTime() - started) / 1_000_000);
    }

    /** A searcher over what was last refreshed; close the lease when done. Any thread. */
    public Lease acquire() throws IOException {
        Generation generation = current;
        return new Lease(generation.searchers(), generation.searchers().acquire());
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Commits and closes. */
    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            current.close();
        }
    }

    private static void commit(IndexWriter writer, Map<String, IndexHead> heads) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, EventSchema.VERSION);
        heads.forEach((node, head) -> data.put(HEAD_KEY + node, head.encode()));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    private static Map<String, IndexHead> headsOf(Map<String, String> data) {
        Map<String, IndexHead> heads = new HashMap<>();
        data.forEach((key, value) -> {
            if (key.startsWith(HEAD_KEY)) {
                heads.put(key.substring(HEAD_KEY.length()), IndexHead.decode(value));
            }
        });
        return Map.copyOf(heads);
    }

    /** A new, empty generation, numbered after every one in {@code home}. */
    private static Generation newGeneration(Path home) throws IOException {
        long last = 0;
        try (Stream<Path> children = Files.list(home)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith("gen-")) {
                    try {
                        last = Math.max(last, Long.parseLong(name.substring(4)));
                    } catch (NumberFormatException e) {
                        // Not ours; left alone.
                    }
                }
            }
        }
        Path path = home.resolve("gen-" + (last + 1));
        Files.createDirectories(path);
        return openGeneration(path, true);
    }

    private static Generation openGeneration(Path path, boolean create) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            if (!create && !DirectoryReader.indexExists(directory)) {
                throw new NoSuchFileException(path + " holds no index");
            }
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            FacetsConfig facets = EventSchema.facetsConfig();
            SearcherManager searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous)
                        throws IOException {
                    return new FacetedSearcher(reader, facets);
                }
            });
            return new Generation(path, directory, writer, searchers);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    private void makeCurrent(Generation generation) throws IOException {
        Path temporary = home.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, generation.path().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temporary, home.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void deleteOtherGenerations() {
        Path keep = current.path();
        try (Stream<Path> children = Files.list(home)) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child) && child.getFileName().toString().startsWith("gen-") && !child.equals(keep)) {
                    IOUtils.rm(child);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Old search index generations in %s could not be deleted: %s", home, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "EventIndex[" + requireNonNull(current).path() + "]";
    }
}
