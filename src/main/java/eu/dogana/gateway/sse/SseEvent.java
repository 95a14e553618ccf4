package eu.dogana.gateway.sse;

import static java.util.Objects.requireNonNull;

/**
 * One server-sent event.
 *
 * @param name the {@code event:} field, {@value #DEFAULT_NAME} when absent
 * @param data the {@code data:} lines joined by {@code \n}
 */
public record SseEvent(String name, String data) {

    public static final String DEFAULT_NAME = "message";

    /** The sentinel OpenAI-compatible servers send as the last event of a stream. */
    public static final String DONE = "[DONE]";

    public SseEvent {
        requireNonNull(name, "name is null");
        requireNonNull(data, "data is null");
    }

    public boolean isDone() {
        return DONE.equals(data.strip());
    }

    @Override
    public String toString() {
        // data may carry personal data: keep it out of logs.
        return "SseEvent[" + name + ", " + data.length() + " chars]";
    }
}
