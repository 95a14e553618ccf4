package eu.dogana.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.dogana.api.ApiAccess;
import eu.dogana.gateway.decision.PolicyBeans;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.privacy.FindingCounts;
import eu.dogana.gateway.privacy.PiiSettings;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.policy.Decision;
import eu.dogana.policy.FindingsSummary;
import eu.dogana.policy.PolicyBundle;
import eu.dogana.policy.PolicyBundles;
import eu.dogana.policy.PolicyEngine;
import eu.dogana.policy.PolicyError;
import eu.dogana.policy.PolicyInput;
import eu.dogana.policy.Purpose;
import eu.dogana.policy.RequestFacts;
import eu.dogana.policy.Rule;
import eu.dogana.policy.RuleTrace;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.TreeMap;

/**
 * {@code /admin/policies}: the bundle in force ({@code GET}), a reload ({@code POST /reload}, refused with every
 * error when the files are broken — the old bundle keeps serving) and a dry run ({@code POST /simulate}: a request
 * in, the full decision trace out). For DPOs and administrators; a DPO simulates within its own tenant.
 */
@Path("/admin/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    public record BundleView(String hash, String directory, List<String> files, List<PurposeView> purposes,
                             List<RuleView> rules, @JsonProperty("allowed_regions") Set<String> allowedRegions) {
    }

    public record PurposeView(String id, String description, @JsonProperty("legal_basis") String legalBasis,
                              @JsonProperty("retention_days") int retentionDays) {
    }

    public record RuleView(String id, String action, String reason, @JsonProperty("legal_ref") String legalRef,
                           String location) {
    }

    public record ReloadView(boolean applied, String hash, List<String> errors) {
    }

    /** A request to simulate: who, for which purpose, which model, and either finding counts or a text to scan. */
    public record SimulateRequest(String tenant, Set<String> roles, String purpose, String model, List<String> regions,
                                  Map<String, Integer> findings, String text, Boolean stream, List<String> tools) {
    }

    public record SimulateView(String hash, String verdict, @JsonProperty("rule_id") String ruleId, String reason,
                               @JsonProperty("legal_ref") String legalRef, Map<String, Integer> findings,
                               Map<String, String> transforms, @JsonProperty("required_headers") List<String> requiredHeaders,
                               @JsonProperty("eligible_regions") List<String> eligibleRegions,
                               @JsonProperty("matched_rules") List<String> matchedRules, List<RuleTrace> trace) {
    }

    private final ApiAccess access;
    private final PolicyBundles bundles;
    private final PolicyEngine engine;
    private final PolicyBeans policies;
    private final PiiScanner scanner;
    private final PiiSettings pii;

    PolicyResource(ApiAccess access, PolicyBundles bundles, PolicyEngine engine, PolicyBeans policies,
                   PiiScanner scanner, PiiSettings pii) {
        this.access = access;
        this.bundles = bundles;
        this.engine = engine;
        this.policies = policies;
        this.scanner = scanner;
        this.pii = pii;
    }

    @GET
    public BundleView current(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, Role.DPO, Role.ADMIN, Role.AUDITOR);
        PolicyBundle bundle = bundles.current();
        return new BundleView(bundle.hash(), bundles.directory().toString(), bundle.files(),
                bundle.purposes().values().stream().map(PolicyResource::view).toList(),
                bundle.rules().stream().map(rule -> new RuleView(rule.id(), rule.action().name().toLowerCase(Locale.ROOT),
                        rule.reason(), rule.legalRef(), String.valueOf(rule.location()))).toList(),
                bundle.allowedRegions());
    }

    @POST
    @Path("reload")
    public ReloadView reload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, Role.DPO, Role.ADMIN);
        PolicyBundles.Reload reload = bundles.reload();
        policies.recordReload("api", reload);
        return new ReloadView(reload.applied(), reload.hash(), reload.errors().stream().map(PolicyError::toString).toList());
    }

    @POST
    @Path("simulate")
    @Consumes(MediaType.APPLICATION_JSON)
    public SimulateView simulate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SimulateRequest request) {
        Principal caller = access.require(authorization, Role.DPO, Role.ADMIN);
        if (request == null || request.model() == null) {
            throw GatewayException.invalidRequest("Send at least {\"model\": \"...\"}; optionally tenant, roles, purpose, "
                    + "regions, findings (counts by entity type) or text (scanned as a prompt would be).", "model");
        }
        String tenant = request.tenant() == null || caller.isOperator() ? orElse(request.tenant(), caller.tenant()) : caller.tenant();
        if (!caller.isOperator() && request.tenant() != null && !request.tenant().equals(caller.tenant())) {
            throw GatewayException.forbidden("tenant_not_allowed", "You may simulate requests of your own tenant only.");
        }
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        if (request.text() != null) {
            counts.putAll(FindingCounts.of(scanner.scan(request.text(), pii.scanOptions())).byType());
        }
        if (request.findings() != null) {
            request.findings().forEach((name, count) -> counts.merge(EntityType.byName(name).orElseThrow(() ->
                    GatewayException.invalidRequest("Unknown entity type '" + name + "'.", "findings")), count, Integer::sum));
        }
        Decision decision = engine.simulate(new PolicyInput("simulation", tenant,
                request.roles() == null ? Set.of("caller") : request.roles(), request.purpose(), request.model(),
                request.regions() == null ? List.of("DE") : request.regions(), FindingsSummary.of(counts),
                new RequestFacts(request.text() == null ? 0 : request.text().length() / 4, Boolean.TRUE.equals(request.stream()),
                        request.tools() == null ? List.of() : request.tools()), Instant.now()));
        Map<String, String> transforms = new TreeMap<>();
        decision.transforms().forEach((type, transform) -> transforms.put(type.name(), transform.operator().wireName()));
        Map<String, Integer> found = new TreeMap<>();
        counts.forEach((type, count) -> found.put(type.name(), count));
        return new SimulateView(decision.bundleHash(), decision.verdict().headerValue(), decision.ruleId(), decision.reason(),
                decision.legalRef(), found, transforms, decision.requiredHeaders(), decision.eligibleRegions(),
                decision.matchedRules(), decision.trace());
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static PurposeView view(Purpose purpose) {
        return new PurposeView(purpose.id(), purpose.description(), purpose.legalBasis().name().toLowerCase(Locale.ROOT),
                purpose.retentionDays());
    }
}
