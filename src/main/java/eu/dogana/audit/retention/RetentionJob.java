package eu.dogana.audit.retention;

import eu.dogana.audit.AuditConfig;
import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.AuditWriter;
import eu.dogana.audit.EventType;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Enforces each purpose's retention on the register's erasable side tables, every
 * {@code dogana.audit.retention-interval}, and reports each run that deleted something in the register
 * ({@link EventType#RETENTION_APPLIED}, with counts by table and by purpose).
 *
 * <p>A row goes when its recorded expiry has passed, or when it is older than its purpose's retention in the
 * policy now in force: a shortened {@code retention_days} applies to rows kept before, a lengthened one does not
 * extend what data subjects were told. Every side table has {@code purpose}, {@code created_at} and
 * {@code expires_at}; key shares go before the content they open, so an interrupted run leaves content
 * unreadable. The chained rows are never touched.
 */
@Singleton
public final class RetentionJob {

    static final String SYSTEM = "system";
    /** The purpose label of rows deleted at their recorded expiry whose purpose the policy does not list. */
    public static final String UNLISTED = "unlisted";
    /** The side tables in deletion order (content keys before content). */
    static final List<String> TABLES = List.of("content_key", "content_item", "subject_reference");

    private final AgroalDataSource dataSource;
    private final AuditWriter writer;
    private final AuditConfig config;
    private final PurposeRetentions purposes;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService schedule;

    RetentionJob(@Storage AgroalDataSource dataSource, AuditWriter writer, AuditConfig config, PurposeRetentions purposes) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.config = config;
        this.purposes = purposes;
    }

    void start(@Observes StartupEvent event) {
        long every = config.retentionInterval().toMillis();
        if (every <= 0) {
            Log.info("retention schedule off (dogana.audit.retention-interval = 0)");
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dogana-retention").daemon().factory());
        schedule.scheduleWithFixedDelay(() -> {
            try {
                apply(clock.instant());
            } catch (RuntimeException e) {
                Log.warnf("retention run failed, retried in %s: %s", config.retentionInterval(), e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    /**
     * One run as of {@code now} (the scheduled runs pass the current time; a test or an operator may pass another):
     * deletes what expired and, when anything was, commits a
     * {@link EventType#RETENTION_APPLIED} event before returning. Blocking; synchronized so that a scheduled
     * run and one started by hand do not interleave.
     *
     * @throws AuditUnavailableException when the side tables or the register cannot be written
     */
    public synchronized RetentionReport apply(Instant now) {
        Map<String, Duration> retentions = new TreeMap<>(purposes.current());
        Map<String, Integer> byTable = new LinkedHashMap<>();
        Map<String, Integer> byPurpose = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : TABLES) {
                int deleted = 0;
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE purpose = ? AND (expires_at < ? OR created_at < ?)")) {
                    for (Map.Entry<String, Duration> purpose : retentions.entrySet()) {
                        delete.setString(1, purpose.getKey());
                        delete.setTimestamp(2, Timestamp.from(now));
                        delete.setTimestamp(3, Timestamp.from(now.minus(purpose.getValue())));
                        int rows = delete.executeUpdate();
                        deleted += rows;
                        byPurpose.merge(purpose.getKey(), rows, Integer::sum);
                    }
                }
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE expires_at < ?")) {
                    delete.setTimestamp(1, Timestamp.from(now));
                    int rows = delete.executeUpdate();
                    deleted += rows;
                    byPurpose.merge(UNLISTED, rows, Integer::sum);
                }
                byTable.put(table, deleted);
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("expired side-table rows could not be deleted", e);
        }
        byPurpose.values().removeIf(count -> count == 0);
        RetentionReport report = new RetentionReport(now, byTable, byPurpose);
        if (report.total() > 0) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("as_of", now.toString());
            attributes.put("subject_references_deleted", report.deleted("subject_reference"));
            attributes.put("content_keys_deleted", report.deleted("content_key"));
            attributes.put("content_items_deleted", report.deleted("content_item"));
            byPurpose.forEach((purpose, count) -> attributes.put("deleted." + purpose, count));
            writer.appendAndWait(new AuditEvent(EventType.RETENTION_APPLIED, clock.instant(), "", SYSTEM, SYSTEM, attributes));
            Log.infof("retention: deleted %s", byTable);
        }
        return report;
    }
}
