package eu.dogana.audit.content;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Content that a purpose keeps ({@code keep_content}), encrypted in the register's erasable side tables. */
@ConfigMapping(prefix = "dogana.audit.content")
public interface ContentConfig {

    /**
     * The master content key, from which the key that wraps every content key share is derived. When unset,
     * generated once into the register home ({@code register-content.key}). Losing it makes all kept content
     * unreadable; keep it apart from database backups, so that a backup alone reveals no content.
     */
    Optional<String> key();

    /**
     * Most bytes of one answer kept; the rest of a longer answer is not kept and the item is marked truncated.
     * A streamed answer is kept as the events relayed to the caller.
     */
    @WithDefault("4M")
    MemorySize maxAnswerSize();
}
