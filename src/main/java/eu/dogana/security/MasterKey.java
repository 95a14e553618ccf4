package eu.dogana.security;

import eu.dogana.storage.SecretFile;
import eu.dogana.storage.StorageConfig;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The operator's master key: from {@code DOGANA_MASTER_KEY}, else generated once into the register home.
 *
 * <p>The key itself is never logged; only where it was written.
 */
@Singleton
public final class MasterKey {

    static final String FILE_NAME = "master.key";

    private final byte[] key;

    MasterKey(SecurityConfig config, StorageConfig storage, SecretGenerator secrets) {
        String value = config.masterKey()
                .filter(configured -> !configured.isBlank())
                .orElseGet(() -> SecretFile.loadOrCreate(storage.homeDir().resolve(FILE_NAME),
                        () -> secrets.newSecret("dg_master_"), "a master key (DOGANA_MASTER_KEY is not set)"));
        this.key = value.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(key, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
