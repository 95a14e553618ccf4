package eu.dogana.audit;

import eu.dogana.security.Principal;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/**
 * Writes what people do through the administration, audit and subject APIs into the register — key issued or
 * revoked, policy reloaded, subject searched or erased — committed before the caller hears the result.
 */
@Singleton
public final class ActionLog {

    private final AuditWriter writer;
    private final Pseudonyms pseudonyms;

    ActionLog(AuditWriter writer, Pseudonyms pseudonyms) {
        this.writer = writer;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Commits one action of {@code actor} in {@code tenant}'s register. Blocking.
     *
     * @throws AuditUnavailableException when it cannot be committed: the caller must not confirm the action
     */
    public void record(EventType type, Principal actor, String tenant, Map<String, Object> attributes) {
        record(type, actor, tenant, "", attributes);
    }

    /** Commits an action about one request (reading its kept content), filed under that request's id. */
    public void record(EventType type, Principal actor, String tenant, String requestId, Map<String, Object> attributes) {
        writer.appendAndWait(new AuditEvent(type, Instant.now(), requestId, tenant, pseudonyms.of(tenant, actor.id()), attributes));
    }
}
