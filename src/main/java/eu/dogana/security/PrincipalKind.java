package eu.dogana.security;

/** How a principal proved who it is. */
public enum PrincipalKind {
    /** The operator's master key ({@code DOGANA_MASTER_KEY}): administers every tenant. */
    MASTER_KEY,
    /** A {@code dg_} key issued by {@code POST /admin/keys}. */
    API_KEY,
    /** An access token of the configured OpenID Connect provider (Keycloak). */
    OIDC_TOKEN
}
