package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.pseudonym.Restorer;
import eu.dogana.pii.pseudonym.StreamRestorer;
import eu.dogana.pii.transform.Anonymizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores one streamed answer chunk by chunk. Each stream of text — a choice's {@code content}, its
 * {@code reasoning_content}, each tool call's {@code arguments}, the legacy {@code function_call}'s
 * {@code arguments}, a completion's {@code text} — has its own
 * {@link StreamRestorer}, so a placeholder split across chunks is restored whole and only the few characters that
 * could still become one wait. What waits is released into the chunk that carries the choice's
 * {@code finish_reason}, or into one extra chunk before {@code [DONE]}.
 *
 * <p>Output findings are reported from the restored texts at the end (up to {@link #SCAN_LIMIT} characters of
 * each choice's texts together, however many tool calls it makes; a tool call's arguments, when they are
 * complete JSON, key by key and string value by string value, as in a complete answer). A deployment that screens
 * streams ({@code dogana.pii.output.screen-streams}) has the answer's operators applied to them as well, where they
 * change anything ({@code SECRET: redact}, say): each text then passes a {@link LeakScreen} after its restorer,
 * since what is sent cannot be taken back, and is held until screened, a stretch at a time. Otherwise only
 * placeholders hold text back.
 *
 * <p>Streamed arguments are screened as the raw JSON text they are, since they cannot be parsed before they are
 * complete: replacements are JSON-escaped and never cut an escape sequence ({@link JsonArguments#applyRaw}), so the
 * arguments stay valid JSON; but a value the model wrote with escapes (<code>Nicol&#92;u00f2</code>) is seen by
 * the detectors as written, and may pass the screen where a complete answer's parsed arguments would have it
 * rewritten. The output findings, from the arguments parsed at the end, still count it. Compact arguments have
 * little whitespace for the screen to cut at, so they are released in stretches of up to
 * {@value LeakScreen#MAX_HELD} characters (the screen's bound), and the rest when the tool call ends; a stretch never
 * ends inside an escape sequence ({@link JsonArguments#outsideEscape}), since each is rewritten on its own.
 */
public final class StreamedAnswer {

    static final int SCAN_LIMIT = 256 * 1024;

    private final PseudonymVault vault;
    private final AnswerGuard guard;
    private final AnswerPolicy policy;
    private final Restorer plain;
    private final Restorer arguments;
    /** Whether leaked data is rewritten in the stream, not only counted. */
    private final boolean screening;
    private final Anonymizer anonymizer;
    private final Map<Channel, HeldText> channels = new LinkedHashMap<>();
    /**
     * Each text's restored stream, for the output findings: apart, since a chunk may carry pieces of several (the
     * content and the reasoning, say), and joined they would make values out of pieces of both.
     */
    private final Map<Channel, StringBuilder> answerText = new LinkedHashMap<>();
    /** How much of each choice's texts {@link #answerText} holds: one {@link #SCAN_LIMIT} per choice, not per text. */
    private final Map<Integer, Integer> collectedByChoice = new HashMap<>();
    private ObjectNode lastChunk;
    /** Whether the chunk being rewritten changed: an unchanged one is relayed as the backend wrote it. */
    private boolean changed;

    /**
     * @param anonymizer  applies the policy's operators to leaked data, with the tenant's key for {@code hash}
     * @param screenLeaks whether leaked data is rewritten in the stream where the policy's operators change it
     */
    StreamedAnswer(PseudonymVault vault, AnswerGuard guard, AnswerPolicy policy, Anonymizer anonymizer, boolean screenLeaks) {
        this.vault = vault;
        this.guard = guard;
        this.policy = policy;
        this.anonymizer = anonymizer;
        this.plain = new Restorer(vault);
        this.arguments = new Restorer(vault, AnswerGuard.JSON_ESCAPE);
        this.screening = screenLeaks && policy.scan() && !policy.plan().keepsAll();
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
                boolean reasoningDropped = policy.dropReasoning() && delta.remove("reasoning_content") != null;
                if (reasoningDropped || screening) {
                    // the chunk's logprobs spell out its tokens: the dropped reasoning, or text the screen holds
                    // and may rewrite
                    changed |= DocumentTexts.dropChoiceLogprobs(choice);
                }
                changed |= reasoningDropped;
                restore(delta, "content", new Channel(index, "content", -1));
                restore(delta, "reasoning_content", new Channel(index, "reasoning_content", -1));
                if (delta.get("tool_calls") instanceof ArrayNode calls) {
                    for (JsonNode call : calls) {
                        if (call.get("function") instanceof ObjectNode function) {
                            restore(function, "arguments", new Channel(index, "arguments", call.path("index").asInt(0)));
                        }
                    }
                }
                if (delta.get("function_call") instanceof ObjectNode legacy) {
                    restore(legacy, "arguments", new Channel(index, "function_call", -1));
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
        if (channels.values().stream().noneMatch(HeldText::holding) || lastChunk == null) {
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
        answerText.forEach((channel, text) -> {
            if (channel.isArguments()) {
                JsonArguments.edit(text.toString(), (value, kind) -> {
                    leaked.addAll(guard.leaks(value, vault));
                    return value;
                });
            } else {
                leaked.addAll(guard.leaks(text.toString(), vault));
            }
        });
        return FindingCounts.of(leaked);
    }

    private void restore(ObjectNode holder, String field, Channel channel) {
        JsonNode value = holder.get(field);
        if (value == null || !value.isTextual()) {
            return;
        }
        String piece = value.asText();
        if (vault.isEmpty() && !screening) {
            collect(channel, piece);
            return;
        }
        HeldText text = channels.computeIfAbsent(channel, c -> new HeldText(c,
                vault.isEmpty() ? null : (c.isArguments() ? arguments : plain).stream(),
                screening ? screen(c) : null));
        String ready = text.push(piece);
        if (!ready.equals(piece)) {
            holder.put(field, ready);
            changed = true;
        }
    }

    private LeakScreen screen(Channel channel) {
        return channel.isArguments()
                ? new LeakScreen(answer -> guard.leaks(answer, vault), this::applyOperatorsToArguments,
                        JsonArguments::outsideEscape)
                : new LeakScreen(answer -> guard.leaks(answer, vault), this::applyOperators);
    }

    private String applyOperators(String text, List<Finding> leaked) {
        return anonymizer.apply(text, leaked, policy.plan(), vault).text();
    }

    private String applyOperatorsToArguments(String rawJson, List<Finding> leaked) {
        return JsonArguments.applyRaw(anonymizer, rawJson, leaked, policy.plan(), vault).text();
    }

    /** Appends everything held for a choice to the fields of the choice's delta (or text). */
    private void release(ObjectNode choice, int index) {
        for (Map.Entry<Channel, HeldText> entry : channels.entrySet()) {
            Channel channel = entry.getKey();
            if (channel.choice() != index || !entry.getValue().holding()) {
                continue;
            }
            String rest = entry.getValue().finish();
            changed = true;
            switch (channel.field()) {
                case "text" -> choice.put("text", choice.path("text").asText("") + rest);
                case "arguments" -> appendArguments(delta(choice), channel.toolCall(), rest);
                case "function_call" -> {
                    ObjectNode delta = delta(choice);
                    ObjectNode legacy = delta.get("function_call") instanceof ObjectNode f ? f : delta.putObject("function_call");
                    legacy.put("arguments", legacy.path("arguments").asText("") + rest);
                }
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
        if (!policy.scan() || text.isEmpty()) {
            return;
        }
        int collected = collectedByChoice.getOrDefault(channel.choice(), 0);
        int taken = Math.min(text.length(), SCAN_LIMIT - collected);
        if (taken > 0) {
            answerText.computeIfAbsent(channel, c -> new StringBuilder()).append(text, 0, taken);
            collectedByChoice.put(channel.choice(), collected + taken);
        }
    }

    /**
     * @param field    the delta's field: {@code content}, {@code reasoning_content}, {@code text}, or
     *                 {@code arguments} of the tool call {@code toolCall}, or {@code function_call} for the legacy
     *                 function call's arguments
     */
    private record Channel(int choice, String field, int toolCall) {

        boolean isArguments() {
            return field.equals("arguments") || field.equals("function_call");
        }
    }

    /**
     * One text of the stream on its way out: restored (when the request has placeholders), collected for the output
     * findings, then screened (when leaked data is rewritten); either step may hold characters back.
     */
    private final class HeldText {

        private final Channel channel;
        private final StreamRestorer restorer;
        private final LeakScreen screen;

        HeldText(Channel channel, StreamRestorer restorer, LeakScreen screen) {
            this.channel = channel;
            this.restorer = restorer;
            this.screen = screen;
        }

        String push(String piece) {
            String restored = restorer == null ? piece : restorer.push(piece);
            collect(channel, restored);
            return screen == null ? restored : screen.push(restored);
        }

        String finish() {
            String restored = restorer == null ? "" : restorer.finish();
            collect(channel, restored);
            return screen == null ? restored : screen.push(restored) + screen.finish();
        }

        boolean holding() {
            return restorer != null && restorer.holding() || screen != null && screen.holding();
        }
    }
}
