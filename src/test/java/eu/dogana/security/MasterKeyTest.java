package eu.dogana.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.storage.StorageConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path home;

    @Test
    void generatesOnceIntoTheRegisterHomeReadableByOwnerOnly() throws Exception {
        MasterKey first = new MasterKey(config(Optional.empty()), storage(home), new SecretGenerator());
        Path file = home.resolve(MasterKey.FILE_NAME);
        String generated = Files.readString(file).strip();

        assertThat(generated).startsWith("dg_master_").hasSize("dg_master_".length() + 43);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(first.matches(generated)).isTrue();

        MasterKey second = new MasterKey(config(Optional.empty()), storage(home), new SecretGenerator());
        assertThat(second.matches(generated)).as("a restart reads the same key").isTrue();
        assertThat(Files.readString(file).strip()).isEqualTo(generated);
    }

    @Test
    void configuredKeyWinsAndNothingIsWritten() {
        MasterKey key = new MasterKey(config(Optional.of("from-env")), storage(home), new SecretGenerator());
        assertThat(key.matches("from-env")).isTrue();
        assertThat(key.matches("from-env2")).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(home.resolve(MasterKey.FILE_NAME)).doesNotExist();
    }

    private static SecurityConfig config(Optional<String> masterKey) {
        return new SecurityConfig() {
            @Override
            public Optional<String> masterKey() {
                return masterKey;
            }

            @Override
            public Oidc oidc() {
                return null;
            }

            @Override
            public Keys keys() {
                return null;
            }
        };
    }

    private static StorageConfig storage(Path home) {
        return new StorageConfig() {
            @Override
            public Path homeDir() {
                return home;
            }

            @Override
            public Database db() {
                return Database.h2;
            }
        };
    }
}
