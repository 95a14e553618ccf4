package eu.dogana.security.apikey;

import static java.util.Objects.requireNonNull;

import eu.dogana.security.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator asks for when issuing a key; validated here so that every caller of
 * {@link ApiKeyStore#issue} gets the same rules.
 */
public record KeySpec(
        String name,
        String tenant,
        Set<Role> roles,
        Optional<String> defaultPurpose,
        Set<String> allowedModels,
        Optional<Instant> expiresAt) {

    /** Tenants and purposes are identifiers that reach logs, headers and the register: keep them plain. */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    public KeySpec {
        requireNonNull(name, "name is null");
        requireNonNull(tenant, "tenant is null");
        roles = Set.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(defaultPurpose, "defaultPurpose is null");
        allowedModels = Set.copyOf(requireNonNull(allowedModels, "allowedModels is null"));
        requireNonNull(expiresAt, "expiresAt is null");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1 to 200 characters");
        }
        if (!IDENTIFIER.matcher(tenant).matches()) {
            throw new IllegalArgumentException("tenant must match " + IDENTIFIER.pattern());
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must name at least one of caller, auditor, dpo, admin");
        }
        defaultPurpose.ifPresent(purpose -> {
            if (!IDENTIFIER.matcher(purpose).matches()) {
                throw new IllegalArgumentException("default_purpose must match " + IDENTIFIER.pattern());
            }
        });
        for (String model : allowedModels) {
            if (model.isBlank() || model.length() > 200 || model.indexOf(',') >= 0) {
                throw new IllegalArgumentException("allowed_models entries must be 1 to 200 characters without commas");
            }
        }
    }
}
