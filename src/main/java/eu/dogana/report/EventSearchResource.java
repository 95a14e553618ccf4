package eu.dogana.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import eu.dogana.api.ApiAccess;
import eu.dogana.audit.search.EventIndex;
import eu.dogana.audit.search.EventQuery;
import eu.dogana.audit.search.InvalidQueryException;
import eu.dogana.audit.search.SearchResult;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /audit/events?q=<Lucene query>&from=&to=&limit=&tenant=}: search the register's event metadata,
 * newest first, with facet counts over every match. Always filtered to a tenant the caller may see
 * ({@link SearchScope}); every search is itself recorded ({@link RegisterQueries}).
 * {@code POST /audit/index/rebuild}: rebuild the index from the database (administrators).
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class EventSearchResource {

    private final ApiAccess access;
    private final RegisterQueries queries;

    EventSearchResource(ApiAccess access, RegisterQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    @GET
    @Path("events")
    public SearchView search(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("q") String q,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("limit") String limit, @QueryParam("tenant") String tenant) {
        Principal caller = access.require(authorization, Role.AUDITOR, Role.DPO, Role.ADMIN);
        SearchScope scope = SearchScope.of(caller, Optional.ofNullable(tenant));
        try {
            return SearchView.of(queries.search(caller, scope, q == null ? "" : q, instant("from", from), instant("to", to),
                    limit(limit)));
        } catch (InvalidQueryException e) {
            throw GatewayException.invalidRequest(e.getMessage(), e.param());
        }
    }

    @POST
    @Path("index/rebuild")
    public RebuildView rebuild(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Principal caller = access.require(authorization, Role.ADMIN);
        EventIndex.Rebuilt rebuilt = queries.rebuild(caller);
        return new RebuildView(rebuilt.events(), rebuilt.perNode(), rebuilt.millis());
    }

    private static Optional<Instant> instant(String param, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw GatewayException.invalidRequest("'" + param + "' must be an ISO-8601 instant such as 2025-01-30T10:15:30Z.", param);
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return EventQuery.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw GatewayException.invalidRequest("'limit' must be a whole number from 0 to " + EventQuery.MAX_LIMIT + ".", "limit");
        }
    }

    /** {@code {"total":N,"events":[...],"facets":{"model":{"x":3},...}}}. */
    public record SearchView(long total, List<EventView> events, Map<String, Map<String, Long>> facets) {

        static SearchView of(SearchResult result) {
            return new SearchView(result.total(),
                    result.events().stream().map(hit -> new EventView(hit.node() + ":" + hit.seq(), hit.node(), hit.seq(),
                            hit.eventHash(), hit.canonical())).toList(),
                    result.facets());
        }
    }

    /** One event: its id for {@code /audit/events/{id}/proof}, its hash, and the event exactly as chained. */
    public record EventView(String id, String node, long seq, @JsonProperty("event_hash") String eventHash,
                            @JsonRawValue String event) {
    }

    public record RebuildView(long events, Map<String, Long> nodes, @JsonProperty("took_ms") long tookMs) {
    }
}
