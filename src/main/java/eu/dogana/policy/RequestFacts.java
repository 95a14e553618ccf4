package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Facts about the request itself, not its content.
 *
 * @param promptTokens the estimated prompt size in tokens
 * @param stream whether the caller asked for a streamed answer
 * @param tools names of the tools (functions) the request offers the model
 */
public record RequestFacts(int promptTokens, boolean stream, List<String> tools) {

    public static final RequestFacts NONE = new RequestFacts(0, false, List.of());

    public RequestFacts {
        if (promptTokens < 0) {
            throw new IllegalArgumentException("promptTokens must be >= 0; got: " + promptTokens);
        }
        tools = List.copyOf(requireNonNull(tools, "tools is null"));
    }
}
