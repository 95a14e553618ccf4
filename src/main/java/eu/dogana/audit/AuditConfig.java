package eu.dogana.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The register's writer. (Its home directory, {@code dogana.audit.dir}, is {@link eu.dogana.storage.StorageConfig}'s.) */
@ConfigMapping(prefix = "dogana.audit")
public interface AuditConfig {

    /**
     * This gateway's writer node: each node keeps its own chain, so several gateways can share one database.
     * Must be unique among the nodes writing to one register; defaults to the host name.
     */
    Optional<String> nodeId();

    /** Most events one group commit writes in one transaction. */
    @WithDefault("512")
    int batchSize();

    /** Events waiting for the writer before new ones are refused (and their requests answered 503). */
    @WithDefault("65536")
    int queueCapacity();

    /** How long a request waits for its event to be committed before it is refused as 503 audit_unavailable. */
    @WithDefault("5s")
    Duration commitTimeout();

    /**
     * How often this node signs a checkpoint over the events written since the previous one; a checkpoint is
     * signed even when nothing happened, which proves the silence.
     */
    @WithDefault("60s")
    Duration checkpointInterval();

    /**
     * A checkpoint is also signed as soon as this many events were written since the previous one, so that under load
     * the unsigned tail stays short however long the interval; {@code 0} signs on the interval only.
     */
    @WithDefault("10000")
    int checkpointEvents();

    /**
     * How long the erasable references from data subjects to requests are kept when no policy purpose sets a
     * retention; the chained events themselves hold no identifiers and are kept.
     */
    @WithDefault("8760h")
    Duration subjectRetention();

    /**
     * How often the retention job deletes what outlived its purpose's retention from the register's side tables
     * (subject references, kept content and its keys); {@code 0s} turns the schedule off (an operator then runs it
     * elsewhere: every node runs it otherwise, which is harmless).
     */
    @WithDefault("1h")
    Duration retentionInterval();

    /**
     * Key of the HMACs that stand for principals and identifiers in the register. When unset, generated once
     * into the register home ({@code register-hmac.key}). Losing it makes old pseudonyms unmatchable.
     */
    Optional<String> hmacKey();
}
