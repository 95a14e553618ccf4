package eu.dogana.it.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the gateway's OIDC tenant at the realm {@value #REALM} of the shared real Keycloak server.
 *
 * <p>{@link #stop()} deliberately does nothing. Quarkus calls {@code start()}/{@code stop()} once per
 * application start, i.e. once per test profile; stopping Keycloak there would make the next profile
 * pay another 20-40 s startup. {@link KeycloakServer#shared()} instead keeps one server for the whole
 * JVM, and its shutdown hook stops it when the test run ends.
 */
public final class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    /** The realm the gateway trusts. */
    public static final String REALM = "dogana";

    /** The gateway's own client in {@value #REALM}; tokens obtained via other clients name it in {@code aud}. */
    public static final String GATEWAY_CLIENT_ID = "dogana-gateway";

    @Override
    public Map<String, String> start() {
        KeycloakServer server = KeycloakServer.shared();
        return Map.of(
                "quarkus.oidc.auth-server-url", server.issuer(REALM),
                "quarkus.oidc.client-id", GATEWAY_CLIENT_ID,
                "quarkus.oidc.tenant-enabled", "true");
    }

    @Override
    public void stop() {
        // Intentionally empty: the server outlives this Quarkus application (see class Javadoc).
    }
}
