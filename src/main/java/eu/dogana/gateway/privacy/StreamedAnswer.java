package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.pseudonym.Restorer;
import eu.dogana.pii.pseudonym.StreamRestorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores one streamed answer chunk by chunk. Each stream of text — a choice's {@code content}, its
 * {@code reasoning_content}, each tool call's {@code arguments}, a completion's {@code text} — has its own
 * {@link StreamRestorer}, so a placeholder split across chunks is restored whole and only the few characters that
 * could still become one wait. What waits is released into the chunk that carries the choice's
 * {@code finish_reason}, or into one extra chunk before {@code [DONE]}.
 *
 * <p>Output findings are reported from the restored text at the end (up to {@link #SCAN_LIMIT} characters per
 * choice); a stream is not rewritten for them, since what is sent cannot be taken back.
 */
public final class StreamedAnswer {

    static final int SCAN_LIMIT = 256 * 1024;

    private final PseudonymVault vault;
    private final AnswerGuard guard;
    private final AnswerPolicy policy;
    private final Restorer plain;
    private final Restorer arguments;
    private final Map<Channel, StreamRestorer> channels = new LinkedHashMap<>();
    private final Map<Integer, StringBuilder> answerText = new HashMap<>();
    private ObjectNode lastChunk;
    /** Whether the chunk being rewritten changed: an unchanged one is relayed as the backend wrote it. */
    private boolean changed;

    StreamedAnswer(PseudonymVault vault, AnswerGuard guard, AnswerPolicy policy) {
        this.vault = vault;
        this.guard = guard;
        this.policy = policy;
        this.plain = new Restorer(vault);
        this.arguments = new Restorer(vault, AnswerGuard.JSON_ESCAPE);
    }

    /** Whether chunks need to be looked at at all: placeholders to restore, or answers to scan. */
    public boolean active() {
        return !vault.isEmpty() || policy.scan() || policy.dropReasoning();
    }

    /** Rewrites one chunk in place; returns whether anything in it changed. */
    public boolean rewrite(ObjectNode chunk) {
        lastChunk = chunk;
        changed = false;
        if (!(chunk.get("choices") instanceof ArrayNode choices)) {
            return false;
        }
        for (JsonNode node : choices) {
            if (!(node instanceof ObjectNode choice)) {
                continue;
            }
            int index = choice.path("index").asInt(0);
            if (choice.get("delta") instanceof ObjectNode delta) {
                if (policy.dropReasoning()) {
                    changed |= delta.remove("reasoning_content") != null;
                }
                restore(delta, "content", new Channel(index, "content", -1));
                restore(delta, "reasoning_content", new Channel(index, "reasoning_content", -1));
                if (delta.get("tool_calls") instanceof ArrayNode calls) {
                    for (JsonNode call : calls) {
                        if (call.get("function") instanceof ObjectNode function) {
                            restore(function, "arguments", new Channel(index, "arguments", call.path("index").asInt(0)));
                        }
                    }
                }
            }
            restore(choice, "text", new Channel(index, "text", -1));
            JsonNode finish = choice.get("finish_reason");
            if (finish != null && !finish.isNull()) {
                release(choice, index);
            }
        }
        return changed;
    }

    /**
     * A chunk carrying what is still held back when the stream ends without a finish reason for some choice; null
     * when nothing is held.
     */
    public ObjectNode finalChunk() {
        if (channels.values().stream().noneMatch(StreamRestorer::holding) || lastChunk == null) {
            return null;
        }
        ObjectNode chunk = lastChunk.deepCopy();
        chunk.remove("usage");
        ArrayNode choices = chunk.putArray("choices");
        channels.keySet().stream().map(Channel::choice).distinct().toList().forEach(index -> {
            ObjectNode choice = choices.addObject();
            choice.put("index", index);
            choice.putObject("delta");
            choice.putNull("finish_reason");
            release(choice, index);
        });
        return chunk;
    }

    /** Personal data in the restored answer that the caller did not send. */
    public FindingCounts outputFindings() {
        if (!policy.scan()) {
            return FindingCounts.NONE;
        }
        List<Finding> leaked = new ArrayList<>();
        for (StringBuilder text : answerText.values()) {
            leaked.addAll(guard.leaks(text.toString(), vault));
        }
        return FindingCounts.of(leaked);
    }

    private void restore(ObjectNode holder, String field, Channel channel) {
        JsonNode value = holder.get(field);
        if (value == null || !value.isTextual()) {
            return;
        }
        String piece = value.asText();
        if (vault.isEmpty()) {
            collect(channel, piece);
            return;
        }
        StreamRestorer restorer = channels.computeIfAbsent(channel,
                c -> (c.field().equals("arguments") ? arguments : plain).stream());
        String ready = restorer.push(piece);
        collect(channel, ready);
        if (!ready.equals(piece)) {
            holder.put(field, ready);
            changed = true;
        }
    }

    /** Appends everything held for a choice to the fields of the choice's delta (or text). */
    private void release(ObjectNode choice, int index) {
        for (Map.Entry<Channel, StreamRestorer> entry : channels.entrySet()) {
            Channel channel = entry.getKey();
            if (channel.choice() != index || !entry.getValue().holding()) {
                continue;
            }
            String rest = entry.getValue().finish();
            changed = true;
            collect(channel, rest);
            switch (channel.field()) {
                case "text" -> choice.put("text", choice.path("text").asText("") + rest);
                case "arguments" -> appendArguments(delta(choice), channel.toolCall(), rest);
                default -> {
                    ObjectNode delta = delta(choice);
                    delta.put(channel.field(), delta.path(channel.field()).asText("") + rest);
                }
            }
        }
    }

    private static ObjectNode delta(ObjectNode choice) {
        return choice.get("delta") instanceof ObjectNode delta ? delta : choice.putObject("delta");
    }

    private static void appendArguments(ObjectNode delta, int toolCall, String rest) {
        ArrayNode calls = delta.get("tool_calls") instanceof ArrayNode existing ? existing : delta.putArray("tool_calls");
        for (JsonNode call : calls) {
            if (call.path("index").asInt(0) == toolCall && call.get("function") instanceof ObjectNode function) {
                function.put("arguments", function.path("arguments").asText("") + rest);
                return;
            }
        }
        ObjectNode call = calls.addObject();
        call.put("index", toolCall);
        call.putObject("function").put("arguments", rest);
    }

    private void collect(Channel channel, String text) {
        if (!policy.scan() || channel.field().equals("arguments") || text.isEmpty()) {
            return;
        }
        StringBuilder answer = answerText.computeIfAbsent(channel.choice(), i -> new StringBuilder());
        if (answer.length() < SCAN_LIMIT) {
            answer.append(text, 0, Math.min(text.length(), SCAN_LIMIT - answer.length()));
        }
    }

    private record Channel(int choice, String field, int toolCall) {
    }
}
