package eu.dogana.gateway.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.transform.Anonymized;
import eu.dogana.pii.transform.Anonymizer;
import eu.dogana.pii.transform.OperatorPlan;
import eu.dogana.pii.transform.Replacement;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The texts inside a tool call's {@code arguments}, a JSON document held in a string. When the arguments parse as
 * JSON, each object key and each string value is a text of its own, decoded (<code>"Nicol&#92;u00f2"</code> is seen
 * as {@code Nicolò}), edited as {@link TextKind#ARGUMENT_KEY} or {@link TextKind#ARGUMENT_VALUE} and written back by
 * re-serialising the document compactly; a text can then neither hide behind an escape nor break the JSON with a
 * quote. Keys are texts too: most are the tool's schema ({@code "email"}, {@code "name"}), but a map keyed by
 * e-mail address or name (<code>{"mario.rossi@example.it": {...}}</code>) holds personal data in its keys, and a
 * model may write a placeholder as a key. Numbers keep their value and precision (a {@code 1e5} may come back
 * as {@code 1E+5}), objects the order of their fields.
 *
 * <p>Arguments that are not valid JSON (models and clients do send truncated ones) are one raw text,
 * {@link TextKind#JSON_ARGUMENTS}; {@link #applyRaw} rewrites such a text without making it any less valid.
 *
 * <p>Parsing is deterministic, so two passes over the same arguments (scanning, then rewriting by the findings of
 * the scan) see the same texts in the same order: document order, each key just before its value.
 */
final class JsonArguments {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // a duplicate key would be lost in the tree: such arguments are handled as raw text instead
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonArguments() {
    }

    /**
     * Hands each string value of {@code arguments} to {@code editor}, or the whole text when it is not valid JSON;
     * returns the arguments with the edits made (the very same string when nothing changed).
     */
    static String edit(String arguments, BiFunction<String, TextKind, String> editor) {
        JsonNode document;
        try {
            document = JSON.readTree(arguments);
        } catch (JsonProcessingException e) {
            document = null;
        }
        if (document == null || document.isMissingNode()) {
            return editor.apply(arguments, TextKind.JSON_ARGUMENTS);
        }
        if (document.isTextual()) {
            String before = document.asText();
            String after = editor.apply(before, TextKind.ARGUMENT_VALUE);
            return after.equals(before) ? arguments : write(JSON.getNodeFactory().textNode(after));
        }
        return editValues(document, editor) ? write(document) : arguments;
    }

    /**
     * Edits the keys and string values inside a container in document order, each key before its value; returns
     * whether any changed.
     */
    private static boolean editValues(JsonNode container, BiFunction<String, TextKind, String> editor) {
        boolean changed = false;
        if (container instanceof ObjectNode object) {
            Map<String, JsonNode> rebuilt = new LinkedHashMap<>();
            boolean keysChanged = false;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = editor.apply(field.getKey(), TextKind.ARGUMENT_KEY);
                keysChanged |= !key.equals(field.getKey());
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    String after = editor.apply(value.asText(), TextKind.ARGUMENT_VALUE);
                    if (!after.equals(value.asText())) {
                        value = object.textNode(after);
                        changed = true;
                    }
                } else {
                    changed |= editValues(value, editor);
                }
                rebuilt.put(unique(key, rebuilt), value);
            }
            if (changed || keysChanged) {
                object.removeAll();
                object.setAll(rebuilt);
            }
            changed |= keysChanged;
        } else if (container instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    String after = editor.apply(value.asText(), TextKind.ARGUMENT_VALUE);
                    if (!after.equals(value.asText())) {
                        array.set(i, after);
                        changed = true;
                    }
                } else {
                    changed |= editValues(value, editor);
                }
            }
        }
        return changed;
    }

    /**
     * {@code key}, or, when an earlier field of the object already has it, {@code key (2)}, {@code key (3)}, …: two
     * keys can become one when rewritten (two e-mail addresses both redacted to {@code ""}, two spellings of a name
     * restored to one), and a JSON object cannot hold a key twice; dropping either field would lose data the caller
     * (or the model) sent, so the later one is renamed, deterministically, in document order.
     */
    private static String unique(String key, Map<String, JsonNode> earlier) {
        String unique = key;
        for (int n = 2; earlier.containsKey(unique); n++) {
            unique = key + " (" + n + ")";
        }
        return unique;
    }

    private static String write(JsonNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies {@code plan} to a text of {@code kind}: arguments that are not valid JSON by {@link #applyRaw}, any
     * other text (a message, a decoded key or value of valid arguments) as it is.
     */
    static Anonymized apply(Anonymizer anonymizer, String text, TextKind kind, List<Finding> findings,
                            OperatorPlan plan, PseudonymVault vault) {
        return kind == TextKind.JSON_ARGUMENTS
                ? applyRaw(anonymizer, text, findings, plan, vault)
                : anonymizer.apply(text, findings, plan, vault);
    }

    /**
     * Applies {@code plan} to arguments that are not valid JSON, as raw text: each finding is first moved to the
     * edges of escape sequences ({@link #outsideEscapes}), so none is cut in half, and each replacement is
     * JSON-escaped, so a replacement with a quote or a backslash cannot end a string early. The text comes out as
     * valid (or as truncated) as it went in. The items of the result are where the escaped replacements are.
     */
    static Anonymized applyRaw(Anonymizer anonymizer, String raw, List<Finding> findings, OperatorPlan plan,
                               PseudonymVault vault) {
        if (findings.isEmpty()) {
            return new Anonymized(raw, List.of());
        }
        Anonymized result = anonymizer.apply(raw, outsideEscapes(raw, findings), plan, vault);
        if (!result.changed()) {
            return result;
        }
        StringBuilder out = new StringBuilder(result.text().length() + 16);
        List<Replacement> items = new ArrayList<>(result.items().size());
        int copied = 0;
        for (Replacement item : result.items()) {
            out.append(result.text(), copied, item.start());
            String escaped = AnswerGuard.JSON_ESCAPE.apply(item.text());
            int start = out.length();
            out.append(escaped);
            items.add(new Replacement(item.type(), start, out.length(), escaped, item.operator()));
            copied = item.end();
        }
        out.append(result.text(), copied, result.text().length());
        return new Anonymized(out.toString(), items);
    }

    /**
     * The findings of a raw JSON text, each with edges that do not cut an escape sequence. A
     * <code>&#92;u00f2</code> stands for a character that may belong to the value, so a finding that cuts one grows to
     * take it whole; a two-character escape ({@code \n}, {@code \"}) is punctuation, never part of a value (a detector matches {@code nMario} after
     * {@code \n} only because it sees the raw text), so a finding shrinks to leave it out, and is dropped if nothing
     * is left.
     */
    static List<Finding> outsideEscapes(String raw, List<Finding> findings) {
        // for a position after the backslash of an escape: where the escape begins and ends; else the position itself
        int[] escapeStart = new int[raw.length() + 1];
        int[] escapeEnd = new int[raw.length() + 1];
        boolean[] unicode = new boolean[raw.length() + 1];
        for (int i = 0; i <= raw.length(); i++) {
            escapeStart[i] = i;
            escapeEnd[i] = i;
        }
        for (int i = 0; i < raw.length() - 1; i++) {
            if (raw.charAt(i) == '\\') {
                boolean u = raw.charAt(i + 1) == 'u';
                int end = Math.min(raw.length(), i + (u ? 6 : 2));
                for (int inside = i + 1; inside < end; inside++) {
                    escapeStart[inside] = i;
                    escapeEnd[inside] = end;
                    unicode[inside] = u;
                }
                i = end - 1;
            }
        }
        List<Finding> moved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            int start = unicode[finding.start()] ? escapeStart[finding.start()] : escapeEnd[finding.start()];
            int end = unicode[finding.end()] ? escapeEnd[finding.end()] : escapeStart[finding.end()];
            if (start == finding.start() && end == finding.end()) {
                moved.add(finding);
            } else if (start < end) {
                moved.add(new Finding(finding.type(), start, end, finding.score(), finding.detector()));
            }
        }
        return moved;
    }

    /**
     * Where raw JSON text may be cut at or before {@code cut}: {@code cut}, or the start of the escape sequence it
     * would split (<code>&#92;u00f2</code>, {@code \"}, {@code \\}), so each part holds whole escapes and is rewritten
     * ({@link #applyRaw}) as it would be within the whole text. {@code raw} must begin outside an escape.
     */
    static int outsideEscape(CharSequence raw, int cut) {
        // the escape that could hold the cut begins at most 5 characters before it: a Unicode escape is the longest, 6
        for (int start = cut - 1; start >= Math.max(0, cut - 5); start--) {
            if (raw.charAt(start) != '\\' || !beginsEscape(raw, start)) {
                continue;
            }
            boolean unicode = start + 1 < raw.length() && raw.charAt(start + 1) == 'u';
            return start + (unicode ? 6 : 2) > cut ? start : cut;
        }
        return cut;
    }

    /** Whether the backslash at {@code at} begins an escape: an even run of backslashes is whole escapes. */
    private static boolean beginsEscape(CharSequence raw, int at) {
        int before = 0;
        while (at - before - 1 >= 0 && raw.charAt(at - before - 1) == '\\') {
            before++;
        }
        return before % 2 == 0;
    }
}
