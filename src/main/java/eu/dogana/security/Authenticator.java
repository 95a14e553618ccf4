package eu.dogana.security;

import eu.dogana.security.apikey.ApiKey;
import eu.dogana.security.apikey.ApiKeyStore;
import eu.dogana.security.oidc.OidcTokenVerifier;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an {@code Authorization} header into a {@link Principal}. One header carries three kinds of
 * credential, told apart by shape: the master key, a {@code dg_} API key, or else an OIDC access token.
 *
 * <p>Blocking (database, first fetch of the provider's keys): call from a worker or virtual thread.
 */
@Singleton
public final class Authenticator {

    private static final String BEARER = "bearer ";
    private static final String OPERATOR = "operator";

    private final MasterKey masterKey;
    private final ApiKeyStore keys;
    private final OidcTokenVerifier oidc;
    private final Clock clock = Clock.systemUTC();

    Authenticator(MasterKey masterKey, ApiKeyStore keys, OidcTokenVerifier oidc) {
        this.masterKey = masterKey;
        this.keys = keys;
        this.oidc = oidc;
    }

    public Principal authenticate(Optional<String> authorization) {
        String header = authorization.map(String::strip).orElse("");
        if (header.isEmpty()) {
            throw new AuthenticationException(
                    "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.");
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AuthenticationException("Unsupported authorization scheme: use 'Authorization: Bearer <key>'.");
        }
        String token = header.substring(BEARER.length()).strip();
        if (masterKey.matches(token)) {
            return new Principal(OPERATOR, PrincipalKind.MASTER_KEY, OPERATOR, EnumSet.allOf(Role.class),
                    Optional.empty(), Set.of());
        }
        if (token.startsWith(ApiKeyStore.PREFIX)) {
            return fromApiKey(token);
        }
        return oidc.verify(token);
    }

    private Principal fromApiKey(String secret) {
        ApiKey key = keys.findBySecret(secret)
                .orElseThrow(() -> new AuthenticationException("Incorrect API key provided."));
        if (key.isRevoked()) {
            throw new AuthenticationException("This API key has been revoked.");
        }
        if (key.isExpiredAt(clock.instant())) {
            throw new AuthenticationException("This API key has expired.");
        }
        return new Principal(key.id(), PrincipalKind.API_KEY, key.tenant(), key.roles(), key.defaultPurpose(),
                key.allowedModels());
    }
}
