package eu.dogana.backend;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inference servers behind the gateway, by id: {@code dogana.backends.<id>.url|models|region|...}.
 */
@ConfigMapping(prefix = "dogana.backends")
public interface BackendsConfig {

    @WithParentName
    Map<String, Server> servers();

    interface Server {

        /** Base URL as an OpenAI SDK takes it, e.g. {@code http://vllm:8000/v1}. */
        URI url();

        /**
         * Models this server serves, comma-separated. {@code public=upstream} publishes the upstream model under
         * another name, e.g. {@code deepseek-chat=deepseek-ai/DeepSeek-V2-Lite-Chat}.
         */
        List<String> models();

        /** ISO 3166-1 alpha-2 code of the country where the server runs (data residency). */
        String region();

        /** Bearer key the server expects (vLLM {@code --api-key}); sent on every call. */
        Optional<String> apiKey();

        /** Set to false to keep a configured server out of routing. */
        @WithDefault("true")
        boolean enabled();

        /** Time to establish the TCP connection. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Time from sending the request to the response head (a large prompt's prefill counts here). */
        @WithDefault("120s")
        Duration firstByteTimeout();

        /** Longest silence between two chunks of a streamed answer. */
        @WithDefault("60s")
        Duration idleTimeout();
    }
}
