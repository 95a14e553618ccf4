package eu.dogana.audit.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The register's search index (under {@code ${dogana.audit.dir}/index}). */
@ConfigMapping(prefix = "dogana.audit.search")
public interface SearchConfig {

    /** How soon a committed event becomes searchable, at most (a near-real-time reader is reopened this often). */
    @WithDefault("1s")
    Duration refreshInterval();

    /**
     * How often the index is committed to disk and compared with the database's chain heads; events of other
     * nodes sharing the database, and any the feed missed, are read from the database then.
     */
    @WithDefault("30s")
    Duration commitInterval();

    /** Committed batches waiting for the indexer; past this the feed drops them and catches up from the database. */
    @WithDefault("4096")
    int queueCapacity();
}
