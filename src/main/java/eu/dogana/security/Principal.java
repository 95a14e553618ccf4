package eu.dogana.security;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * An authenticated caller.
 *
 * @param id stable identifier: the key id, or the token's subject; never a secret
 * @param kind how it authenticated
 * @param tenant the organisation unit whose data and rules apply
 * @param roles what it may do
 * @param defaultPurpose purpose of processing used when a request declares none
 * @param allowedModels models it may call; empty means every model the gateway serves
 */
public record Principal(
        String id,
        PrincipalKind kind,
        String tenant,
        Set<Role> roles,
        Optional<String> defaultPurpose,
        Set<String> allowedModels) {

    public Principal {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(tenant, "tenant is null");
        roles = Set.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(defaultPurpose, "defaultPurpose is null");
        allowedModels = Set.copyOf(requireNonNull(allowedModels, "allowedModels is null"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean mayUse(String model) {
        return allowedModels.isEmpty() || allowedModels.contains(model);
    }

    /** The master key acts for the operator of the whole installation, across tenants. */
    public boolean isOperator() {
        return kind == PrincipalKind.MASTER_KEY;
    }
}
