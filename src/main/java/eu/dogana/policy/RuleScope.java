package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Which requests a rule looks at at all. Each set left empty matches everything; a non-empty set matches when the
 * request's value is in it ({@code roles}: when any of the principal's roles is). All four must match.
 * Scope is checked before the condition, so a rule scoped to one tenant is never even evaluated for another.
 */
public record RuleScope(Set<String> tenants, Set<String> roles, Set<String> models, Set<String> purposes) {

    public static final RuleScope ALL = new RuleScope(Set.of(), Set.of(), Set.of(), Set.of());

    public RuleScope {
        tenants = Set.copyOf(requireNonNull(tenants, "tenants is null"));
        roles = Set.copyOf(requireNonNull(roles, "roles is null"));
        models = Set.copyOf(requireNonNull(models, "models is null"));
        purposes = Set.copyOf(requireNonNull(purposes, "purposes is null"));
    }

    public boolean matches(PolicyInput input) {
        return (tenants.isEmpty() || tenants.contains(input.tenant()))
                && (models.isEmpty() || models.contains(input.model()))
                && (purposes.isEmpty() || (input.purpose() != null && purposes.contains(input.purpose())))
                && (roles.isEmpty() || anyRole(input.roles()));
    }

    private boolean anyRole(Set<String> held) {
        for (String role : held) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAll() {
        return tenants.isEmpty() && roles.isEmpty() && models.isEmpty() && purposes.isEmpty();
    }
}
