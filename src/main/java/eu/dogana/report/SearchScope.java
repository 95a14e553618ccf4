package eu.dogana.report;

import static java.util.Objects.requireNonNull;

import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import java.util.Optional;

/**
 * Whose events a search of the register may see. Auditors and DPOs see their own tenant only. An administrator
 * (or the operator's master key) may name another tenant with {@code tenant=<id>}, or every tenant with
 * {@code tenant=*}; without the parameter an administrator sees its own tenant, the operator every tenant.
 *
 * @param tenant the tenant the search is filtered to; empty for every tenant
 * @param crossTenant whether the search reaches beyond the caller's own tenant (then recorded as an admin query)
 */
record SearchScope(Optional<String> tenant, boolean crossTenant) {

    static final String EVERY_TENANT = "*";

    SearchScope {
        requireNonNull(tenant, "tenant is null");
    }

    static SearchScope of(Principal caller, Optional<String> requested) {
        boolean administers = caller.isOperator() || caller.has(Role.ADMIN);
        Optional<String> asked = requested.map(String::strip).filter(value -> !value.isEmpty());
        if (!administers) {
            if (asked.isPresent() && !asked.get().equals(caller.tenant())) {
                throw GatewayException.forbidden("tenant_not_allowed",
                        "Auditors and DPOs search the register of their own tenant only.");
            }
            return new SearchScope(Optional.of(caller.tenant()), false);
        }
        Optional<String> tenant = asked.isPresent()
                ? asked.filter(value -> !value.equals(EVERY_TENANT))
                : caller.isOperator() ? Optional.empty() : Optional.of(caller.tenant());
        return new SearchScope(tenant, !tenant.equals(Optional.of(caller.tenant())));
    }
}
