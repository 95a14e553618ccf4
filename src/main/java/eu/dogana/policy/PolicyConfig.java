package eu.dogana.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the policy bundle lives and how changes to it are picked up. */
@ConfigMapping(prefix = "dogana.policies")
public interface PolicyConfig {

    /** The bundle directory: every {@code *.yaml}/{@code *.yml} in it and below it. */
    @WithDefault("policies")
    String dir();

    /** Reload the bundle when its files change. A bad bundle is refused and the one in force keeps serving. */
    @WithDefault("true")
    boolean watch();

    /** How long the directory must be quiet after a change before the bundle is reloaded. */
    @WithDefault("500ms")
    Duration debounce();
}
