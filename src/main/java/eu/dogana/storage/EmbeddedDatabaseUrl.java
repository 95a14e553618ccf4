package eu.dogana.storage;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the embedded H2 database URL from {@code dogana.audit.dir}, so that moving the register home moves
 * the database with it. H2 refuses paths relative to the working directory unless spelled {@code ./…}, and a
 * configured directory may be relative or absolute, so the URL is built from the absolute path.
 *
 * <p>{@code WRITE_DELAY=0}: H2 otherwise writes committed transactions to its file up to half a second later, and
 * a gateway killed in between (kill -9, OOM killer) loses events whose requests were already answered — found by
 * {@code CrashRecoveryIT}. With it, a commit reaches the operating system before the writer releases its callers
 * (surviving a process crash; surviving power loss needs PostgreSQL with synchronous commit).
 *
 * <p>Its ordinal is below every file and environment source: an explicit
 * {@code quarkus.datasource.h2.jdbc.url} still wins.
 */
public final class EmbeddedDatabaseUrl implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.h2.jdbc.url";
    private static final String HOME_KEY = "dogana.audit.dir";
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue home = context.getValue(HOME_KEY);
        String dir = home == null || home.getValue() == null ? "audit-store" : home.getValue();
        String url = "jdbc:h2:file:" + Path.of(dir).toAbsolutePath().normalize().resolve("register")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        return List.of(new PropertiesConfigSource(Map.of(URL_KEY, url), "dogana-embedded-database-url", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
