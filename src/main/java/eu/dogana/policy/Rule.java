package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.EntityType;
import java.util.Map;
import java.util.Optional;

/**
 * One rule of the bundle, with its condition already compiled.
 *
 * @param id unique in the bundle; the error code of a refusal
 * @param location where it is defined ({@code file:line:col}), for traces and messages
 * @param fileScope the scope of the file it is in
 * @param scope its own scope; both must match
 * @param condition its {@code when}
 * @param action what it does when it matches
 * @param reason why, in words for the caller and the auditor
 * @param legalRef the provision it applies, e.g. {@code GDPR Art. 9(1)}
 * @param transforms for {@link Action#TRANSFORM}: operator per entity type; empty otherwise
 * @param route for {@link Action#ROUTE}
 * @param requiredHeader for {@link Action#REQUIRE}: the request header that must be present
 */
public record Rule(
        String id,
        String location,
        RuleScope fileScope,
        RuleScope scope,
        Condition condition,
        Action action,
        String reason,
        String legalRef,
        Map<EntityType, Transform> transforms,
        Optional<Route> route,
        Optional<String> requiredHeader) {

    public Rule {
        requireNonNull(id, "id is null");
        requireNonNull(location, "location is null");
        requireNonNull(fileScope, "fileScope is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(condition, "condition is null");
        requireNonNull(action, "action is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(legalRef, "legalRef is null");
        transforms = Map.copyOf(requireNonNull(transforms, "transforms is null"));
        requireNonNull(route, "route is null");
        requireNonNull(requiredHeader, "requiredHeader is null");
    }

    /** The source text of the condition. */
    public String when() {
        return condition.source();
    }

    boolean inScope(PolicyInput input) {
        return fileScope.matches(input) && scope.matches(input);
    }
}
