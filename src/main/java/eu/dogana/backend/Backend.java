package eu.dogana.backend;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One inference server speaking the OpenAI wire protocol (vLLM, SGLang, llama.cpp, Ollama, TGI).
 *
 * @param id the configuration id ({@code dogana.backends.<id>})
 * @param baseUrl base URL without trailing slash, e.g. {@code http://vllm:8000/v1}
 * @param region ISO 3166-1 alpha-2 country where it runs
 */
public record Backend(
        String id,
        URI baseUrl,
        String region,
        Optional<String> apiKey,
        Duration connectTimeout,
        Duration firstByteTimeout,
        Duration idleTimeout) {

    public Backend {
        requireNonNull(id, "id is null");
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(region, "region is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(firstByteTimeout, "firstByteTimeout is null");
        requireNonNull(idleTimeout, "idleTimeout is null");
    }

    /** The absolute URL of an API path such as {@code /chat/completions}. */
    public String url(String path) {
        return baseUrl + path;
    }

    @Override
    public String toString() {
        // apiKey stays out of logs.
        return "Backend[" + id + " " + baseUrl + " " + region + "]";
    }
}
