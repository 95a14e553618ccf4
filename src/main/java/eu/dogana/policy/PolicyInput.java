package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything a decision may depend on. Holds no prompt text: only the scan's counts ({@link FindingsSummary}).
 *
 * @param principalId the caller's stable id (key id or token subject)
 * @param tenant the caller's tenant
 * @param roles the caller's roles as the identity provider names them (Dogana's and the organisation's own, e.g.
 *     {@code hr})
 * @param purpose the declared purpose of processing, or {@code null} when the request declared none
 * @param model the model the request names
 * @param candidateRegions the regions (ISO 3166 codes) of the backends that could serve the model, in the router's
 *     order of preference
 * @param findings what the scan found
 * @param request facts about the request
 * @param time when the request arrived
 */
public record PolicyInput(
        String principalId,
        String tenant,
        Set<String> roles,
        String purpose,
        String model,
        List<String> candidateRegions,
        FindingsSummary findings,
        RequestFacts request,
        Instant time) {

    public PolicyInput {
        requireNonNull(principalId, "principalId is null");
        requireNonNull(tenant, "tenant is null");
        roles = Set.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(model, "model is null");
        candidateRegions = List.copyOf(requireNonNull(candidateRegions, "candidateRegions is null"));
        requireNonNull(findings, "findings is null");
        requireNonNull(request, "request is null");
        requireNonNull(time, "time is null");
    }

    /** Whether the request declared a purpose. */
    public boolean hasPurpose() {
        return purpose != null && !purpose.isEmpty();
    }

    @Override
    public String toString() {
        // Ids and counts only; principal ids are not secrets but still stay out of logs that do not need them.
        return "PolicyInput[tenant=" + tenant + ", purpose=" + purpose + ", model=" + model + ", findings="
                + findings.counts() + "]";
    }
}
