package eu.dogana.security;

import eu.dogana.storage.StorageConfig;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
                .orElseGet(() -> loadOrGenerate(storage.homeDir().resolve(FILE_NAME), secrets));
        this.key = value.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(key, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String loadOrGenerate(Path file, SecretGenerator secrets) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String generated = secrets.newSecret("dg_master_");
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            Log.infof("DOGANA_MASTER_KEY is not set: generated a master key into %s (mode 0600)", file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file.toAbsolutePath(), e);
        }
    }
}
