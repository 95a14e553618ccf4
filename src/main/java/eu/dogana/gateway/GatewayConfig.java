package eu.dogana.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the OpenAI-compatible API. */
@ConfigMapping(prefix = "dogana.limits")
public interface GatewayConfig {

    /** Largest request body accepted on {@code /v1}; larger ones get 413 in the OpenAI error shape. */
    @WithDefault("4M")
    MemorySize maxBodySize();
}
