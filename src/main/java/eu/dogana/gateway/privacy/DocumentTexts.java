package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.gateway.Endpoint;
import java.util.function.BiFunction;

/**
 * Where people's words are in OpenAI documents, requests and answers alike: the one place that knows the wire
 * format's text fields. Every text is handed to an editor, and what it returns replaces the text in place.
 * Fields not listed here (tool definitions, response formats, vLLM options) are not personal text and pass as sent.
 */
final class DocumentTexts {

    private DocumentTexts() {
    }

    /** Texts of a request: messages (content, content parts, tool-call arguments), prompts, embedding inputs. */
    static void editRequest(ObjectNode body, Endpoint endpoint, BiFunction<String, TextKind, String> editor) {
        switch (endpoint) {
            case CHAT_COMPLETIONS -> {
                if (body.get("messages") instanceof ArrayNode messages) {
                    for (JsonNode message : messages) {
                        if (message instanceof ObjectNode m) {
                            editMessage(m, editor);
                        }
                    }
                }
            }
            case COMPLETIONS, EMBEDDINGS -> editStrings(body, endpoint.inputField(), editor);
        }
    }

    /** Texts of a complete answer: each choice's message (chat) or text (completions). */
    static void editAnswer(ObjectNode answer, BiFunction<String, TextKind, String> editor) {
        if (answer.get("choices") instanceof ArrayNode choices) {
            for (JsonNode choice : choices) {
                if (choice instanceof ObjectNode c) {
                    if (c.get("message") instanceof ObjectNode message) {
                        editMessage(message, editor);
                    }
                    editText(c, "text", TextKind.PLAIN, editor);
                }
            }
        }
    }

    /** Removes every choice's {@code reasoning_content} from a complete answer; returns whether there was any. */
    static boolean dropReasoning(ObjectNode answer) {
        boolean dropped = false;
        if (answer.get("choices") instanceof ArrayNode choices) {
            for (JsonNode choice : choices) {
                if (choice.get("message") instanceof ObjectNode message) {
                    dropped |= message.remove("reasoning_content") != null;
                }
            }
        }
        return dropped;
    }

    /**
     * Empties the {@code logprobs} of every choice (a complete answer's or a chunk's): they spell out the generated
     * tokens one by one, so they would give back what the gateway removed from or rewrote in the text. Set to null,
     * as when none were asked for, so that clients parse the answer as usual.
     */
    static void dropLogprobs(ObjectNode answer) {
        if (answer.get("choices") instanceof ArrayNode choices) {
            for (JsonNode choice : choices) {
                if (choice instanceof ObjectNode c) {
                    dropChoiceLogprobs(c);
                }
            }
        }
    }

    /** {@link #dropLogprobs} for one choice; returns whether it had any. */
    static boolean dropChoiceLogprobs(ObjectNode choice) {
        if (!choice.hasNonNull("logprobs")) {
            return false;
        }
        choice.putNull("logprobs");
        return true;
    }

    static void editMessage(ObjectNode message, BiFunction<String, TextKind, String> editor) {
        JsonNode content = message.get("content");
        if (content != null && content.isTextual()) {
            editText(message, "content", TextKind.PLAIN, editor);
        } else if (content instanceof ArrayNode parts) {
            for (JsonNode part : parts) {
                if (part instanceof ObjectNode p) {
                    editText(p, "text", TextKind.PLAIN, editor);
                }
            }
        }
        editText(message, "reasoning_content", TextKind.PLAIN, editor);
        if (message.get("tool_calls") instanceof ArrayNode calls) {
            for (JsonNode call : calls) {
                if (call.get("function") instanceof ObjectNode function) {
                    editArguments(function, editor);
                }
            }
        }
        if (message.get("function_call") instanceof ObjectNode legacy) {
            editArguments(legacy, editor);
        }
    }

    /** Tool-call arguments: each string value, or the raw text when they are not valid JSON ({@link JsonArguments}). */
    private static void editArguments(ObjectNode function, BiFunction<String, TextKind, String> editor) {
        editText(function, "arguments", TextKind.JSON_ARGUMENTS,
                (arguments, kind) -> JsonArguments.edit(arguments, editor));
    }

    private static void editStrings(ObjectNode holder, String field, BiFunction<String, TextKind, String> editor) {
        JsonNode value = holder.get(field);
        if (value != null && value.isTextual()) {
            editText(holder, field, TextKind.PLAIN, editor);
        } else if (value instanceof ArrayNode items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).isTextual()) {
                    String before = items.get(i).asText();
                    String after = editor.apply(before, TextKind.PLAIN);
                    if (!after.equals(before)) {
                        items.set(i, after);
                    }
                }
            }
        }
    }

    private static void editText(ObjectNode holder, String field, TextKind kind, BiFunction<String, TextKind, String> editor) {
        JsonNode value = holder.get(field);
        if (value != null && value.isTextual()) {
            String before = value.asText();
            String after = editor.apply(before, kind);
            if (!after.equals(before)) {
                holder.put(field, after);
            }
        }
    }
}
