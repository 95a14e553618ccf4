package eu.dogana.report;

import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.AuditWriter;
import eu.dogana.audit.EventType;
import eu.dogana.audit.Pseudonyms;
import eu.dogana.audit.search.EventIndex;
import eu.dogana.audit.search.EventQuery;
import eu.dogana.audit.search.EventSearch;
import eu.dogana.audit.search.IndexMaintainer;
import eu.dogana.audit.search.SearchResult;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Searches of the register are facts for the register too: each one is recorded, as {@code AUDITOR_QUERY}
 * within the caller's tenant or {@code ADMIN_QUERY} beyond it, before its answer is given (no record, no
 * answer: 503 {@code audit_unavailable}).
 *
 * <p>The record keeps a keyed HMAC of the query text ({@code query_hmac}, keyed like principal pseudonyms), not
 * the text: an auditor may well type a name or an e-mail address, and the chained register can never be
 * erased, so it must not hold them. With the key, the operator can still show whether a given query was run;
 * without it, short queries cannot be guessed back from their hash. The fields the query named, the time
 * window, the limit and the number of hits are kept as they are.
 *
 * <p>An administrator's search of another tenant is recorded in that tenant's partition, so that its auditors
 * see who looked at it; a search of every tenant in the administrator's own.
 */
@Singleton
public final class RegisterQueries {

    private final IndexMaintainer maintainer;
    private final AuditWriter writer;
    private final Pseudonyms pseudonyms;

    RegisterQueries(IndexMaintainer maintainer, AuditWriter writer, Pseudonyms pseudonyms) {
        this.maintainer = maintainer;
        this.writer = writer;
        this.pseudonyms = pseudonyms;
    }

    /** Runs the search within {@code scope} and records it. Blocking. */
    SearchResult search(Principal caller, SearchScope scope, String text, Optional<Instant> from, Optional<Instant> to,
                               int limit) {
        EventQuery query = new EventQuery(text, scope.tenant(), from, to, limit);
        EventIndex index = maintainer.index().orElseThrow(RegisterQueries::searchUnavailable);
        SearchResult result;
        try {
            result = new EventSearch(index).search(query);
        } catch (java.io.UncheckedIOException e) {
            throw searchUnavailable();
        }

        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("role", role(caller));
        attributes.put("caller_tenant", caller.tenant());
        attributes.put("target_tenant", scope.tenant().orElse(SearchScope.EVERY_TENANT));
        if (!text.isBlank()) {
            attributes.put("query_hmac", pseudonyms.of(caller.tenant(), text));
        }
        attributes.put("query_fields", String.join(",", result.fields()));
        from.ifPresent(instant -> attributes.put("from", instant.toString()));
        to.ifPresent(instant -> attributes.put("to", instant.toString()));
        attributes.put("limit", limit);
        attributes.put("hit_count", result.total());
        EventType type = scope.crossTenant() ? EventType.ADMIN_QUERY : EventType.AUDITOR_QUERY;
        String recordedIn = scope.tenant().orElse(caller.tenant());
        record(new AuditEvent(type, Instant.now(), "", recordedIn, pseudonyms.of(caller.tenant(), caller.id()), attributes));
        return result;
    }

    /** Rebuilds the index from the register and records that it did. Blocking. */
    EventIndex.Rebuilt rebuild(Principal caller) {
        maintainer.index().orElseThrow(RegisterQueries::searchUnavailable);
        EventIndex.Rebuilt rebuilt;
        try {
            rebuilt = maintainer.rebuild();
        } catch (AuditUnavailableException e) {
            throw unavailable();
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw searchUnavailable();
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("role", role(caller));
        attributes.put("event_count", rebuilt.events());
        attributes.put("took_ms", rebuilt.millis());
        record(new AuditEvent(EventType.INDEX_REBUILT, Instant.now(), "", caller.tenant(),
                pseudonyms.of(caller.tenant(), caller.id()), attributes));
        return rebuilt;
    }

    private void record(AuditEvent event) {
        try {
            writer.appendAndWait(event);
        } catch (AuditUnavailableException e) {
            throw unavailable();
        }
    }

    private static String role(Principal caller) {
        if (caller.isOperator()) {
            return "operator";
        }
        for (Role role : new Role[] {Role.ADMIN, Role.DPO, Role.AUDITOR}) {
            if (caller.has(role)) {
                return role.wireName();
            }
        }
        return "none";
    }

    private static GatewayException unavailable() {
        return GatewayException.auditUnavailable("The register cannot record this search, so it is not answered. Try again later.");
    }

    private static GatewayException searchUnavailable() {
        return new GatewayException(503, "server_error", "search_unavailable", Optional.empty(),
                "The register's search index is not available; the register itself is. Try again later.");
    }
}
