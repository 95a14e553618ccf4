package eu.dogana.gateway.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Token counts of an answer, as the backend reported them in OpenAI's {@code usage} object. */
public record Usage(long promptTokens, long completionTokens, long totalTokens) {

    /** Reads {@code usage} of an answer or of a stream's usage chunk; empty when absent or null. */
    public static Optional<Usage> of(JsonNode answer) {
        JsonNode usage = answer == null ? null : answer.get("usage");
        if (usage == null || !usage.isObject()) {
            return Optional.empty();
        }
        long prompt = usage.path("prompt_tokens").asLong(0);
        long completion = usage.path("completion_tokens").asLong(0);
        return Optional.of(new Usage(prompt, completion, usage.path("total_tokens").asLong(prompt + completion)));
    }
}
