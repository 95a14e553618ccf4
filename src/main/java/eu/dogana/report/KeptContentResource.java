package eu.dogana.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.api.ApiAccess;
import eu.dogana.audit.ActionLog;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.EventLookup;
import eu.dogana.audit.EventType;
import eu.dogana.audit.content.ContentPart;
import eu.dogana.audit.content.ContentStore;
import eu.dogana.audit.content.KeptContent;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /audit/requests/{request_id}/content}: the content a purpose kept of one request of the DPO's tenant
 * (policy {@code keep_content}), decrypted, each item with the hash the register recorded for it and whether the
 * stored ciphertext still matches it. DPO only; the read is committed to the register (under the request's id, so
 * the data subject's access request shows it) before anything is returned. 404 when nothing is kept: never kept,
 * erased, or past its retention.
 */
@Path("/audit/requests")
@Produces(MediaType.APPLICATION_JSON)
public class KeptContentResource {

    private static final Map<ContentPart, String> HASH_ATTRIBUTE = new EnumMap<>(Map.of(
            ContentPart.PROMPT, "prompt_content_hash", ContentPart.ANSWER, "answer_content_hash"));

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String part, @JsonProperty("media_type") String mediaType, boolean truncated, boolean readable,
                       String content, @JsonProperty("content_hash") String contentHash,
                       @JsonProperty("register_hash") String registerHash,
                       @JsonProperty("matches_register") boolean matchesRegister,
                       @JsonProperty("created_at") Instant createdAt, @JsonProperty("expires_at") Instant expiresAt) {
    }

    public record Content(@JsonProperty("request_id") String requestId, List<Item> items) {
    }

    private final ApiAccess access;
    private final ContentStore contents;
    private final EventLookup events;
    private final ActionLog actions;
    private final ObjectMapper json;

    KeptContentResource(ApiAccess access, ContentStore contents, EventLookup events, ActionLog actions, ObjectMapper json) {
        this.access = access;
        this.contents = contents;
        this.events = events;
        this.actions = actions;
        this.json = json;
    }

    @GET
    @Path("{requestId}/content")
    public Content content(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @PathParam("requestId") String requestId) {
        Principal dpo = access.require(authorization, Role.DPO);
        List<KeptContent> kept;
        Map<String, String> recorded;
        try {
            kept = contents.read(dpo.tenant(), requestId);
            recorded = kept.isEmpty() ? Map.of() : recordedHashes(dpo.tenant(), requestId);
        } catch (AuditUnavailableException e) {
            throw GatewayException.auditUnavailable("The register cannot be read now. Try again later.");
        }
        if (kept.isEmpty()) {
            throw GatewayException.notFound("Nothing is kept for request " + requestId + " in your tenant: its purpose "
                    + "keeps no content, or it was erased or reached the end of its retention.");
        }
        List<Item> items = new ArrayList<>(kept.size());
        for (KeptContent item : kept) {
            String registerHash = recorded.get(HASH_ATTRIBUTE.get(item.part()));
            items.add(new Item(item.part().wireName(), item.mediaType(), item.truncated(), item.plaintext().isPresent(),
                    item.plaintext().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(null),
                    item.contentHash(), registerHash, item.contentHash().equals(registerHash),
                    item.createdAt(), item.expiresAt()));
        }
        try {
            actions.record(EventType.CONTENT_READ, dpo, dpo.tenant(), requestId, Map.of("items_read", items.size(),
                    "parts", items.stream().map(Item::part).collect(Collectors.joining(","))));
        } catch (AuditUnavailableException e) {
            throw GatewayException.auditUnavailable("The register cannot record this read, so the content is not given "
                    + "out. Try again later.");
        }
        return new Content(requestId, items);
    }

    /** The content hashes the request's chained events recorded, by attribute name. */
    private Map<String, String> recordedHashes(String tenant, String requestId) {
        Map<String, String> hashes = new java.util.HashMap<>();
        for (EventLookup.StoredEvent event : events.ofRequests(tenant, List.of(requestId))) {
            try {
                JsonNode attributes = json.readTree(event.canonical()).path("attributes");
                HASH_ATTRIBUTE.values().forEach(name -> {
                    if (attributes.path(name).isTextual()) {
                        hashes.put(name, attributes.path(name).textValue());
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException("a register row does not hold JSON", e);
            }
        }
        return hashes;
    }
}
