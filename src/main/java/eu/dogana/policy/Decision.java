package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer of the policy to one request. The audit event records {@code bundleHash}, {@code ruleId},
 * {@code verdict} and {@code legalRef}.
 *
 * @param bundleHash SHA-256 of the bundle that decided ({@link PolicyBundle#hash()})
 * @param verdict allow, transform or deny
 * @param ruleId the deciding rule: the deny rule, else the allow rule; for built-in checks {@code residency},
 *     {@code limits.max_prompt_tokens} or {@code default-deny}
 * @param reason the deciding rule's reason
 * @param legalRef the deciding rule's legal reference (empty for purely operational limits)
 * @param transforms the merged operators per entity type, to apply to the prompt before it leaves (empty on deny)
 * @param route where a route rule sends the request
 * @param requiredHeaders headers the request must carry (e.g. a consent reference); the gateway refuses a request
 *     lacking one
 * @param allowedRegions every region the residency policy admits
 * @param eligibleRegions the request's candidate regions that are admitted, in the router's order
 * @param purpose the declared purpose's definition, when it is one of the bundle's
 * @param output how the answer is treated
 * @param limits the tenant's limits, for the rate limiter
 * @param matchedRules ids of every rule whose condition matched, in bundle order
 * @param trace every rule and check with what happened to it; empty unless the decision was asked with a trace
 */
public record Decision(
        String bundleHash,
        Verdict verdict,
        String ruleId,
        String reason,
        String legalRef,
        Map<EntityType, Transform> transforms,
        Optional<Route> route,
        List<String> requiredHeaders,
        Set<String> allowedRegions,
        List<String> eligibleRegions,
        Optional<Purpose> purpose,
        OutputPolicy output,
        Limits limits,
        List<String> matchedRules,
        List<RuleTrace> trace) {

    public Decision {
        requireNonNull(bundleHash, "bundleHash is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(legalRef, "legalRef is null");
        transforms = Map.copyOf(requireNonNull(transforms, "transforms is null"));
        requireNonNull(route, "route is null");
        requiredHeaders = List.copyOf(requireNonNull(requiredHeaders, "requiredHeaders is null"));
        allowedRegions = Set.copyOf(requireNonNull(allowedRegions, "allowedRegions is null"));
        eligibleRegions = List.copyOf(requireNonNull(eligibleRegions, "eligibleRegions is null"));
        requireNonNull(purpose, "purpose is null");
        requireNonNull(output, "output is null");
        requireNonNull(limits, "limits is null");
        matchedRules = List.copyOf(requireNonNull(matchedRules, "matchedRules is null"));
        trace = List.copyOf(requireNonNull(trace, "trace is null"));
    }

    public boolean denied() {
        return verdict == Verdict.DENY;
    }

    /** The operator for a type, {@link Transform#KEEP} when no rule names one. */
    public Transform transformFor(EntityType type) {
        return transforms.getOrDefault(type, Transform.KEEP);
    }
}
