package eu.dogana.security.oidc;

import eu.dogana.security.AuthenticationException;
import eu.dogana.security.Principal;
import eu.dogana.security.PrincipalKind;
import eu.dogana.security.Role;
import eu.dogana.security.SecurityConfig;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies access tokens of the configured OpenID Connect provider (Keycloak) through quarkus-oidc: signature
 * against the provider's keys, issuer, expiry. Tenant comes from a configurable claim, roles from the token's
 * realm roles (only Dogana's role names count).
 */
@Singleton
public final class OidcTokenVerifier {

    /** Bounds the wait for the provider's keys on a cold start; verification itself is local. */
    private static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(10);

    private final TenantIdentityProvider identities;
    private final SecurityConfig.Oidc config;

    OidcTokenVerifier(TenantIdentityProvider identities, SecurityConfig config) {
        this.identities = identities;
        this.config = config.oidc();
    }

    /** Blocks until the token is verified; call from a worker or virtual thread. */
    public Principal verify(String token) {
        SecurityIdentity identity;
        try {
            identity = identities.authenticate(new AccessTokenCredential(token)).await().atMost(VERIFY_TIMEOUT);
        } catch (AuthenticationFailedException e) {
            throw new AuthenticationException("Invalid or expired access token");
        }
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new AuthenticationException("Invalid or expired access token");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : identity.getRoles()) {
            Role.fromWireName(name).ifPresent(roles::add);
        }
        String tenant = Optional.ofNullable(jwt.<Object>getClaim(config.tenantClaim()))
                .map(OidcTokenVerifier::claimText)
                .filter(value -> !value.isBlank())
                .orElse(config.defaultTenant());
        String subject = Optional.ofNullable(jwt.getSubject()).orElse(jwt.getName());
        return new Principal("oidc:" + subject, PrincipalKind.OIDC_TOKEN, tenant, roles, Optional.empty(), Set.of());
    }

    private static String claimText(Object claim) {
        // A JSON string claim arrives as jakarta.json.JsonString, whose toString() keeps the quotes.
        if (claim instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return claim.toString();
    }
}
