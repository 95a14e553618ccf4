package eu.dogana.admin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import eu.dogana.api.ApiAccess;
import eu.dogana.audit.ActionLog;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.EventType;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import eu.dogana.security.apikey.ApiKey;
import eu.dogana.security.apikey.ApiKeyStore;
import eu.dogana.security.apikey.IssuedKey;
import eu.dogana.security.apikey.KeySpec;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/keys}: issue, list and revoke API keys. The master key administers every tenant; a principal
 * with the {@code admin} role only its own. Secrets are shown once, in the answer to {@code POST}.
 */
@Path("/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    private static final Duration MAX_LIFETIME = Duration.ofDays(3650);

    private final ApiAccess access;
    private final ApiKeyStore keys;
    private final ObjectReader requests;
    private final Clock clock = Clock.systemUTC();
    private final ActionLog actions;

    KeyResource(ApiAccess access, ApiKeyStore keys, ObjectMapper json, ActionLog actions) {
        this.access = access;
        this.keys = keys;
        this.actions = actions;
        this.requests = json.readerFor(KeyRequest.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response issue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body) {
        Principal admin = requireAdmin(authorization);
        KeyRequest request = parse(body);
        String tenant = Optional.ofNullable(request.tenant()).orElse(admin.tenant());
        if (!admin.isOperator() && !tenant.equals(admin.tenant())) {
            throw GatewayException.forbidden("tenant_not_allowed", "An admin may only issue keys for its own tenant.");
        }
        KeySpec spec;
        try {
            spec = new KeySpec(
                    Optional.ofNullable(request.name()).orElse("unnamed"),
                    tenant,
                    roles(Optional.ofNullable(request.roles()).orElse(List.of(Role.CALLER.wireName()))),
                    Optional.ofNullable(request.defaultPurpose()),
                    new LinkedHashSet<>(Optional.ofNullable(request.allowedModels()).orElse(List.of())),
                    expiry(request));
        } catch (IllegalArgumentException invalid) {
            throw GatewayException.invalidRequest(invalid.getMessage(), null);
        }
        if (!admin.isOperator() && !grantable(admin).containsAll(spec.roles())) {
            throw GatewayException.forbidden("role_not_allowed",
                    "An admin may issue keys with the caller role and roles it holds itself; auditor and dpo keys come "
                            + "from the operator, so that those who are checked do not appoint their checkers.");
        }
        IssuedKey issued = keys.issue(spec, admin.id());
        try {
            actions.record(EventType.KEY_ISSUED, admin, spec.tenant(), Map.of("key_id", issued.key().id(),
                    "roles", String.join(",", spec.roles().stream().map(Role::wireName).sorted().toList())));
        } catch (AuditUnavailableException e) {
            // a key the register does not know of must not exist
            keys.revoke(issued.key().id(), Optional.empty());
            throw unrecorded();
        }
        return Response.status(Response.Status.CREATED)
                .entity(KeyView.of(issued.key(), issued.secret(), clock.instant()))
                .build();
    }

    @GET
    public KeyList list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Principal admin = requireAdmin(authorization);
        Instant now = clock.instant();
        List<KeyView> views = new ArrayList<>();
        for (ApiKey key : keys.list(scope(admin))) {
            views.add(KeyView.of(key, null, now));
        }
        return new KeyList("list", views);
    }

    @DELETE
    @Path("{id}")
    public KeyView revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        Principal admin = requireAdmin(authorization);
        ApiKey revoked = keys.revoke(id, scope(admin))
                .orElseThrow(() -> GatewayException.notFound("No API key with id '" + id + "'."));
        try {
            actions.record(EventType.KEY_REVOKED, admin, revoked.tenant(), Map.of("key_id", revoked.id()));
        } catch (AuditUnavailableException e) {
            // the key stays revoked: failing safe matters more than a missing record, which the log reports
            io.quarkus.logging.Log.errorf("revocation of key %s could not be recorded: %s", revoked.id(), e.getMessage());
        }
        return KeyView.of(revoked, null, clock.instant());
    }

    private static GatewayException unrecorded() {
        return GatewayException.auditUnavailable("The register cannot record this action, so it was not carried out. Try again later.");
    }

    private Principal requireAdmin(String authorization) {
        return access.require(authorization, Role.ADMIN);
    }

    private static Set<Role> grantable(Principal admin) {
        Set<Role> grantable = EnumSet.of(Role.CALLER);
        grantable.addAll(admin.roles());
        return grantable;
    }

    private static Optional<String> scope(Principal admin) {
        return admin.isOperator() ? Optional.empty() : Optional.of(admin.tenant());
    }

    private KeyRequest parse(byte[] body) {
        if (body == null || body.length == 0) {
            return new KeyRequest(null, null, null, null, null, null, null);
        }
        try {
            return requests.readValue(body);
        } catch (UnrecognizedPropertyException e) {
            throw GatewayException.invalidRequest("Unknown field '" + e.getPropertyName() + "'.", e.getPropertyName());
        } catch (JsonProcessingException e) {
            throw GatewayException.invalidJson("We could not parse the JSON body of your request: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw GatewayException.invalidJson("We could not read the body of your request.");
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.fromWireName(String.valueOf(name)).orElseThrow(() -> GatewayException.invalidRequest(
                    "Unknown role '" + name + "'; roles are caller, auditor, dpo, admin.", "roles")));
        }
        return roles;
    }

    private Optional<Instant> expiry(KeyRequest request) {
        if (request.expiresAt() != null && request.expiresInDays() != null) {
            throw new IllegalArgumentException("give either expires_at or expires_in_days, not both");
        }
        Instant now = clock.instant();
        if (request.expiresInDays() != null) {
            if (request.expiresInDays() < 1 || request.expiresInDays() > MAX_LIFETIME.toDays()) {
                throw new IllegalArgumentException("expires_in_days must be between 1 and " + MAX_LIFETIME.toDays());
            }
            return Optional.of(now.plus(Duration.ofDays(request.expiresInDays())));
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw new IllegalArgumentException("expires_at must be in the future");
        }
        return Optional.ofNullable(request.expiresAt());
    }
}
