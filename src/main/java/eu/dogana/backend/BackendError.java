package eu.dogana.backend;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An error body of an inference server, read from any of the shapes they send:
 * <ul>
 *   <li>OpenAI and llama.cpp: {@code {"error":{"message":…,"type":…,"code":…}}} (llama.cpp's code is the HTTP
 *       status as a number);</li>
 *   <li>vLLM and SGLang: {@code {"object":"error","message":…,"type":…,"param":…,"code":…}};</li>
 *   <li>Ollama and TGI: {@code {"error":"text"}};</li>
 *   <li>anything else: plain text, or nothing.</li>
 * </ul>
 *
 * @param message the backend's message, made safe to show a caller (see {@link #safeMessage})
 * @param type the backend's error type, when it gave one
 */
public record BackendError(String message, Optional<String> type) {

    private static final int MAX_MESSAGE = 500;

    public BackendError {
        requireNonNull(message, "message is null");
        requireNonNull(type, "type is null");
    }

    public static BackendError parse(byte[] body, ObjectMapper json) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode root = json.readTree(body);
            if (root != null && root.isObject()) {
                JsonNode error = root.get("error");
                if (error != null && error.isObject()) {
                    return new BackendError(safeMessage(error.path("message").asText("")), textOf(error.get("type")));
                }
                if (error != null && error.isTextual()) {
                    return new BackendError(safeMessage(error.asText()), Optional.empty());
                }
                if (root.has("message")) {
                    return new BackendError(safeMessage(root.path("message").asText("")), textOf(root.get("type")));
                }
                if (root.has("detail")) {
                    // FastAPI's default validation error shape, which some servers still return.
                    return new BackendError(safeMessage(root.get("detail").toString()), Optional.empty());
                }
            }
        } catch (JsonProcessingException notJson) {
            // Plain-text bodies are common from proxies in front of a backend; fall through.
        } catch (java.io.IOException unreadable) {
            return new BackendError("", Optional.empty());
        }
        return new BackendError(safeMessage(text), Optional.empty());
    }

    /**
     * Keeps the first line of a backend's message, without control characters, at most {@value #MAX_MESSAGE}
     * characters, and drops it entirely when it looks like a stack trace or an HTML error page: internals of the
     * backend are none of the caller's business.
     */
    static String safeMessage(String raw) {
        String text = raw.strip();
        if (text.startsWith("<") || text.contains("Traceback (most recent call last)") || text.contains("\tat ")) {
            return "";
        }
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip();
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_MESSAGE));
        for (int i = 0; i < text.length() && safe.length() < MAX_MESSAGE; i++) {
            char c = text.charAt(i);
            safe.append(Character.isISOControl(c) ? ' ' : c);
        }
        return safe.toString();
    }

    private static Optional<String> textOf(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
