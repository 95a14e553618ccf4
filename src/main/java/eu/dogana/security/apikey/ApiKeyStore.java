package eu.dogana.security.apikey;

import eu.dogana.security.Role;
import eu.dogana.security.SecretGenerator;
import eu.dogana.security.SecurityConfig;
import eu.dogana.storage.Storage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Issues, finds and revokes API keys. A key is {@value #PREFIX} followed by 256 random bits; only its SHA-256
 * is stored, which is enough for secrets of that strength (no slow password hash is needed, and lookups stay
 * one index probe).
 */
@Singleton
public class ApiKeyStore {

    public static final String PREFIX = "dg_";

    private final Session session;
    private final SecretGenerator secrets;
    private final Clock clock;
    private final RecentKeys recent;

    ApiKeyStore(@Storage Session session, SecretGenerator secrets, SecurityConfig config) {
        this.session = session;
        this.secrets = secrets;
        this.clock = Clock.systemUTC();
        this.recent = new RecentKeys(config.keys().cacheTtl(), System::nanoTime);
    }

    @Transactional
    public IssuedKey issue(KeySpec spec, String createdBy) {
        String secret = secrets.newSecret(PREFIX);
        ApiKeyEntity row = new ApiKeyEntity();
        row.id = secrets.newId("key_");
        row.secretHash = hash(secret);
        row.name = spec.name();
        row.tenant = spec.tenant();
        row.roles = String.join(",", spec.roles().stream().map(Role::wireName).sorted().toList());
        row.defaultPurpose = spec.defaultPurpose().orElse(null);
        row.allowedModels = String.join(",", spec.allowedModels().stream().sorted().toList());
        row.createdAt = clock.instant();
        row.createdBy = createdBy;
        row.expiresAt = spec.expiresAt().orElse(null);
        session.persist(row);
        return new IssuedKey(toKey(row), secret);
    }

    /**
     * The key whose secret this is, revoked and expired ones included (the caller decides what they mean). Found
     * keys are remembered for {@code dogana.keys.cache-ttl} ({@link RecentKeys}); not a transactional method, so
     * that a remembered key costs no transaction either.
     */
    public Optional<ApiKey> findBySecret(String secret) {
        String hash = hash(secret);
        Optional<ApiKey> remembered = recent.find(hash);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<ApiKey> found = QuarkusTransaction.joiningExisting().call(() -> session
                .createSelectionQuery("from ApiKeyEntity where secretHash = :hash", ApiKeyEntity.class)
                .setParameter("hash", hash)
                .uniqueResultOptional()
                .map(ApiKeyStore::toKey));
        found.ifPresent(key -> recent.remember(hash, key));
        return found;
    }

    /** Keys of one tenant, or of all tenants when {@code tenant} is empty; oldest first. */
    @Transactional
    public List<ApiKey> list(Optional<String> tenant) {
        var query = tenant.isPresent()
                ? session.createSelectionQuery("from ApiKeyEntity where tenant = :tenant order by createdAt, id", ApiKeyEntity.class)
                        .setParameter("tenant", tenant.get())
                : session.createSelectionQuery("from ApiKeyEntity order by createdAt, id", ApiKeyEntity.class);
        List<ApiKey> keys = new ArrayList<>();
        for (ApiKeyEntity row : query.getResultList()) {
            keys.add(toKey(row));
        }
        return keys;
    }

    /**
     * Revokes a key. Revocation keeps the row (the register refers to key ids) and is idempotent.
     *
     * @param tenant when present, only a key of that tenant may be revoked
     * @return the key as it is now, or empty when no such key is visible
     */
    @Transactional
    public Optional<ApiKey> revoke(String id, Optional<String> tenant) {
        ApiKeyEntity row = session.find(ApiKeyEntity.class, id);
        if (row == null || tenant.filter(t -> !t.equals(row.tenant)).isPresent()) {
            return Optional.empty();
        }
        if (row.revokedAt == null) {
            row.revokedAt = clock.instant();
        }
        recent.forgetAll();
        return Optional.of(toKey(row));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static ApiKey toKey(ApiKeyEntity row) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : split(row.roles)) {
            Role.fromWireName(name).ifPresent(roles::add);
        }
        return new ApiKey(row.id, row.name, row.tenant, roles, Optional.ofNullable(row.defaultPurpose),
                split(row.allowedModels), row.createdAt, row.createdBy, Optional.ofNullable(row.expiresAt),
                Optional.ofNullable(row.revokedAt));
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }
}
