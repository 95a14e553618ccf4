package eu.dogana.policy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read strictly: keys must be strings, unique and among those the caller allows; values must have the
 * type asked for. Each problem is reported to the file with the position of the offending node, and reading goes on
 * so that one load reports every problem. Accessors return empty (or an empty list) after reporting.
 */
final class YamlMapping {

    private final SourceFile file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(SourceFile file, MappingNode node) {
        this.file = file;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                file.error(key, "keys must be plain names");
                continue;
            }
            NodeTuple first = entries.putIfAbsent(scalar.getValue(), tuple);
            if (first != null) {
                file.error(key, "duplicate key '" + scalar.getValue() + "' (first at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            }
        }
    }

    /** The mapping at this node, or empty after reporting that it is not one. */
    static Optional<YamlMapping> of(SourceFile file, Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(file, mapping));
        }
        file.error(node, what + " must be a mapping, got " + describe(node));
        return Optional.empty();
    }

    Node node() {
        return node;
    }

    SourceFile file() {
        return file;
    }

    /** Reports every key not in {@code allowed}. */
    YamlMapping allowOnly(Set<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                file.error(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "' (expected one of: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    Optional<Node> keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getKeyNode());
    }

    /** The value, reporting its absence at the mapping's start. */
    Optional<Node> required(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            file.error(node, "missing key '" + key + "'");
        }
        return value;
    }

    Optional<String> string(String key) {
        return value(key).flatMap(v -> asString(file, v, key));
    }

    Optional<String> requiredString(String key) {
        return required(key).flatMap(v -> asString(file, v, key));
    }

    Optional<Integer> integer(String key, int min) {
        return value(key).flatMap(v -> asInteger(file, v, key, min));
    }

    Optional<Boolean> bool(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
            }
            file.error(v, "'" + key + "' must be true or false, got " + describe(v));
            return Optional.empty();
        });
    }

    Optional<YamlMapping> mapping(String key) {
        return value(key).flatMap(v -> of(file, v, "'" + key + "'"));
    }

    /** The items of a sequence value; a missing key is an empty list. */
    List<Node> sequence(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        file.error(value.get(), "'" + key + "' must be a list, got " + describe(value.get()));
        return List.of();
    }

    /** A list of strings, each with its node for later checks; a missing key is an empty list. */
    List<ScalarNode> strings(String key) {
        List<ScalarNode> out = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                out.add(scalar);
            } else {
                file.error(item, "items of '" + key + "' must be strings, got " + describe(item));
            }
        }
        return out;
    }

    static Optional<String> asString(SourceFile file, Node value, String key) {
        if (value instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        file.error(value, "'" + key + "' must be a string, got " + describe(value));
        return Optional.empty();
    }

    static Optional<Integer> asInteger(SourceFile file, Node value, String key, int min) {
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                BigInteger parsed = new BigInteger(scalar.getValue().replace("_", ""));
                if (parsed.compareTo(BigInteger.valueOf(min)) < 0
                        || parsed.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                    file.error(value, "'" + key + "' must be between " + min + " and " + Integer.MAX_VALUE
                            + ", got " + scalar.getValue());
                    return Optional.empty();
                }
                return Optional.of(parsed.intValue());
            } catch (NumberFormatException e) {
                // 0x, 0o and sexagesimal forms: not worth supporting in a policy file.
            }
        }
        file.error(value, "'" + key + "' must be an integer, got " + describe(value));
        return Optional.empty();
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL)) {
                return "nothing";
            }
            String text = scalar.getValue();
            return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a mapping";
    }
}
