package eu.dogana.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.nio.file.Path;

/** Where Dogana keeps its state. */
@ConfigMapping(prefix = "dogana")
public interface StorageConfig {

    /**
     * Home of the embedded register: the H2 database file, the Lucene index, signed checkpoints and the
     * generated master key. Created on first start.
     */
    @WithName("audit.dir")
    Path homeDir();

    /** Which database holds keys and the register. */
    Database db();

    enum Database {
        h2,
        postgresql
    }
}
