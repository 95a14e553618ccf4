package eu.dogana.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Credentials Dogana accepts besides the keys it issues. */
@ConfigMapping(prefix = "dogana")
public interface SecurityConfig {

    /**
     * The operator's master key ({@code DOGANA_MASTER_KEY}). When unset, the first start generates one into
     * the register home ({@code master.key}, readable by the owner only) and later starts read it from there.
     */
    Optional<String> masterKey();

    Oidc oidc();

    Keys keys();

    interface Keys {

        /**
         * How long an API key found by its secret is remembered instead of looked up again. A revocation takes effect
         * at once on the node that revokes and within this time on the other nodes; {@code 0s} looks every key up.
         */
        @WithDefault("10s")
        Duration cacheTtl();
    }

    interface Oidc {

        /** Top-level claim of an access token that names the caller's tenant. */
        @WithDefault("tenant")
        String tenantClaim();

        /** Tenant of a token without that claim. */
        @WithDefault("default")
        String defaultTenant();
    }
}
