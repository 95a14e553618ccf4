package eu.dogana.api;

import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.AuthenticationException;
import eu.dogana.security.Authenticator;
import eu.dogana.security.Principal;
import eu.dogana.security.Role;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may call the administration, audit and report APIs: authenticates the {@code Authorization} header
 * (master key, API key or Keycloak token) and requires one of the given roles. Blocking; resources that use it
 * run on worker threads.
 */
@Singleton
public final class ApiAccess {

    private final Authenticator authenticator;

    ApiAccess(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The caller, if it holds at least one of {@code roles}; 401 or 403 in the OpenAI shape otherwise. */
    public Principal require(String authorization, Role... roles) {
        Principal principal;
        try {
            principal = authenticator.authenticate(Optional.ofNullable(authorization));
        } catch (AuthenticationException e) {
            throw GatewayException.unauthenticated(e.getMessage());
        }
        for (Role role : roles) {
            if (principal.has(role)) {
                return principal;
            }
        }
        throw GatewayException.forbidden("role_not_allowed", "This requires the role "
                + Arrays.stream(roles).map(Role::wireName).collect(Collectors.joining("' or '", "'", "'"))
                + (Arrays.asList(roles).contains(Role.ADMIN) ? " or the master key." : "."));
    }
}
