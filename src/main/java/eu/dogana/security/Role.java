package eu.dogana.security;

import java.util.Locale;
import java.util.Optional;

/** What a principal may do. Names on the wire (keys, Keycloak realm roles) are the lower-case constant names. */
public enum Role {
    /** Calls the model through {@code /v1/*}. */
    CALLER,
    /** Searches and verifies the register. */
    AUDITOR,
    /** Data-protection officer: policies, subject requests. */
    DPO,
    /** Manages keys and configuration of its tenant. */
    ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this wire name, or empty for names that are not Dogana roles (Keycloak has many). */
    public static Optional<Role> fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
