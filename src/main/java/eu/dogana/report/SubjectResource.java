package eu.dogana.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import eu.dogana.api.ApiAccess;
import eu.dogana.audit.ActionLog;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.EventLookup;
import eu.dogana.audit.EventType;
import eu.dogana.audit.content.ContentErasure;
import eu.dogana.audit.content.ContentStore;
import eu.dogana.audit.subject.SubjectKeys;
import eu.dogana.audit.subject.SubjectReference;
import eu.dogana.audit.subject.SubjectReferences;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;

/**
 * Data-subject requests for the DPO of a tenant: {@code POST /subjects/search} (GDPR Art. 15: every request that
 * mentioned a person, with its register events) and {@code POST /subjects/erase} (Art. 17: the person's references
 * deleted and the content kept about them crypto-shredded — key shares destroyed, content rows deleted; the chained
 * events, which never held the identifier or the content, stay and still verify). The identifier travels in
 * the body, never in a URL that proxies would log; both actions are themselves register events, without it.
 */
@Path("/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectResource {

    /** The body of both requests. */
    public record SubjectRequest(String identifier) {
    }

    public record Found(String identifier, List<RequestView> requests) {
    }

    public record RequestView(@JsonProperty("request_id") String requestId, @JsonProperty("entity_types") Set<String> entityTypes,
                              String purpose, @JsonProperty("expires_at") Instant expiresAt, List<EventView> events) {
    }

    public record EventView(String id, String type, Instant time, @JsonRawValue String event) {
    }

    public record Erased(@JsonProperty("references_deleted") int referencesDeleted, @JsonProperty("requests") int requests,
                         @JsonProperty("content_items_destroyed") int contentItemsDestroyed,
                         @JsonProperty("content_keys_destroyed") int contentKeysDestroyed) {
    }

    private final ApiAccess access;
    private final SubjectKeys keys;
    private final SubjectReferences references;
    private final EventLookup events;
    private final ActionLog actions;
    private final ContentStore contents;

    SubjectResource(ApiAccess access, SubjectKeys keys, SubjectReferences references, EventLookup events,
                    ActionLog actions, ContentStore contents) {
        this.access = access;
        this.contents = contents;
        this.keys = keys;
        this.references = references;
        this.events = events;
        this.actions = actions;
    }

    @POST
    @Path("search")
    public Found search(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SubjectRequest request) {
        Principal dpo = access.require(authorization, Role.DPO);
        String identifier = identifierOf(request);
        List<SubjectReference> found = references.about(dpo.tenant(), keys.candidates(dpo.tenant(), identifier));
        Map<String, List<SubjectReference>> byRequest = new LinkedHashMap<>();
        found.forEach(reference -> byRequest.computeIfAbsent(reference.requestId(), id -> new ArrayList<>()).add(reference));
        Map<String, List<EventView>> eventsByRequest = new LinkedHashMap<>();
        events.ofRequests(dpo.tenant(), byRequest.keySet()).forEach(event -> eventsByRequest
                .computeIfAbsent(event.requestId(), id -> new ArrayList<>())
                .add(new EventView(event.node() + ":" + event.seq(), event.type(), event.time(), event.canonical())));
        List<RequestView> requests = byRequest.entrySet().stream().map(entry -> {
            Set<String> types = new LinkedHashSet<>();
            entry.getValue().forEach(reference -> types.add(reference.entityType()));
            SubjectReference first = entry.getValue().get(0);
            return new RequestView(entry.getKey(), types, first.purpose().orElse(null), first.expiresAt().orElse(null),
                    eventsByRequest.getOrDefault(entry.getKey(), List.of()));
        }).toList();
        record(dpo, EventType.SUBJECT_SEARCHED, Map.of("requests_found", requests.size()));
        return new Found(identifier, requests);
    }

    @POST
    @Path("erase")
    public Erased erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SubjectRequest request) {
        Principal dpo = access.require(authorization, Role.DPO);
        Set<String> subjectKeys = keys.candidates(dpo.tenant(), identifierOf(request));
        int requests = (int) references.about(dpo.tenant(), subjectKeys).stream()
                .map(SubjectReference::requestId).distinct().count();
        // Content first: its keys are destroyed before the references that find them go.
        ContentErasure shredded;
        int deleted;
        try {
            shredded = contents.erase(dpo.tenant(), subjectKeys);
            deleted = references.erase(dpo.tenant(), subjectKeys);
        } catch (AuditUnavailableException e) {
            throw GatewayException.auditUnavailable("The register's side tables cannot be changed now, so nothing was "
                    + "confirmed as erased. Try again later.");
        }
        record(dpo, EventType.SUBJECT_ERASED, Map.of("references_deleted", deleted, "requests", requests,
                "content_items_destroyed", shredded.contentItems(), "content_keys_destroyed", shredded.keyShares(),
                "content_requests", shredded.requests()));
        return new Erased(deleted, requests, shredded.contentItems(), shredded.keyShares());
    }

    private static String identifierOf(SubjectRequest request) {
        if (request == null || request.identifier() == null || request.identifier().isBlank()) {
            throw GatewayException.invalidRequest("Send {\"identifier\": \"...\"}: an e-mail address, IBAN, phone "
                    + "number, national identifier or name.", "identifier");
        }
        return request.identifier();
    }

    private void record(Principal dpo, EventType type, Map<String, Object> attributes) {
        try {
            actions.record(type, dpo, dpo.tenant(), attributes);
        } catch (AuditUnavailableException e) {
            throw GatewayException.auditUnavailable("The register cannot record this action, so it was not confirmed. Try again later.");
        }
    }
}
