package eu.dogana.audit.subject;

import eu.dogana.audit.AuditConfig;
import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.AuditWriter;
import eu.dogana.audit.EventType;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes subject references whose retention has ended, every {@code dogana.audit.retention-interval}, and
 * reports each deletion in the register ({@link EventType#RETENTION_APPLIED}, with the count).
 */
@Singleton
public final class SubjectRetention {

    static final String SYSTEM = "system";

    private final SubjectReferences references;
    private final AuditWriter writer;
    private final AuditConfig config;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService schedule;

    SubjectRetention(SubjectReferences references, AuditWriter writer, AuditConfig config) {
        this.references = references;
        this.writer = writer;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        long every = config.retentionInterval().toMillis();
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dogana-retention").daemon().factory());
        schedule.scheduleWithFixedDelay(() -> {
            try {
                apply();
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

    /** One run: deletes what expired, records it; returns the number of references deleted. */
    public int apply() {
        Instant now = clock.instant();
        int deleted = references.deleteExpired(now);
        if (deleted > 0) {
            writer.appendAndWait(new AuditEvent(EventType.RETENTION_APPLIED, now, "", SYSTEM, SYSTEM,
                    Map.of("subject_references_deleted", deleted, "table", "subject_reference")));
            Log.infof("retention: %d expired subject references deleted", deleted);
        }
        return deleted;
    }
}
