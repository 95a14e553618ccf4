package eu.dogana.policy;

import eu.dogana.pii.DataCategory;
import eu.dogana.pii.EntityType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a transform specification:
 * <pre>
 * entities:                    # by EntityType name
 *   SECRET: redact
 *   IBAN_CODE: {op: mask, keep_last: 4}
 *   EMAIL_ADDRESS: {op: replace, with: "[email]"}
 * categories:                  # by DataCategory name: every type of the category
 *   NATIONAL_ID: pseudonymize
 * </pre>
 * An entity named explicitly takes its own operator over its category's in the same specification. Answer
 * transforms ({@link #readForAnswers}) cannot pseudonymize: a placeholder in an answer would stand for a value that
 * nobody can ever restore, and the value would then count as one the caller sent.
 */
final class TransformReader {

    private static final Set<String> KEYS = Set.of("entities", "categories");
    private static final Set<String> OPERATOR_KEYS = Set.of("op", "keep_last", "with");

    private TransformReader() {}

    static Map<EntityType, Transform> read(YamlMapping spec) {
        return read(spec, false);
    }

    static Map<EntityType, Transform> readForAnswers(YamlMapping spec) {
        return read(spec, true);
    }

    private static Map<EntityType, Transform> read(YamlMapping spec, boolean forAnswers) {
        spec.allowOnly(KEYS);
        EnumMap<EntityType, Transform> result = new EnumMap<>(EntityType.class);
        SourceFile file = spec.file();
        spec.mapping("categories").ifPresent(categories -> {
            for (String name : categories.keys()) {
                Node key = categories.keyNode(name).orElseThrow();
                DataCategory category = category(name);
                Optional<Transform> transform = operator(file, categories.value(name).orElseThrow(), forAnswers);
                if (category == null) {
                    file.error(key, "unknown data category '" + name + "'");
                    continue;
                }
                transform.ifPresent(t -> {
                    for (EntityType type : EntityType.values()) {
                        if (type.category() == category) {
                            result.put(type, t);
                        }
                    }
                });
            }
        });
        spec.mapping("entities").ifPresent(entities -> {
            for (String name : entities.keys()) {
                Node key = entities.keyNode(name).orElseThrow();
                Optional<EntityType> type = EntityType.byName(name);
                Optional<Transform> transform = operator(file, entities.value(name).orElseThrow(), forAnswers);
                if (type.isEmpty()) {
                    file.error(key, "unknown entity type '" + name + "'");
                    continue;
                }
                transform.ifPresent(t -> result.put(type.get(), t));
            }
        });
        if (!spec.has("entities") && !spec.has("categories")) {
            file.error(spec.node(), "a transform names 'entities', 'categories' or both");
        }
        return result;
    }

    private static DataCategory category(String name) {
        for (DataCategory category : DataCategory.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        return null;
    }

    private static Optional<Transform> operator(SourceFile file, Node node, boolean forAnswers) {
        Optional<Transform> transform = operator(file, node);
        if (forAnswers && transform.filter(t -> t.operator() == Operator.PSEUDONYMIZE).isPresent()) {
            file.error(node, "answer_transforms cannot pseudonymize: nobody could restore a placeholder in an answer"
                    + " (use replace, mask, hash or redact)");
            return Optional.empty();
        }
        return transform;
    }

    private static Optional<Transform> operator(SourceFile file, Node node) {
        if (node instanceof ScalarNode scalar) {
            Optional<Operator> operator = Operator.fromWireName(scalar.getValue());
            if (operator.isEmpty()) {
                file.error(node, unknownOperator(scalar.getValue()));
            }
            return operator.map(Transform::of);
        }
        Optional<YamlMapping> mapping = YamlMapping.of(file, node, "an operator");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping spec = mapping.get().allowOnly(OPERATOR_KEYS);
        Optional<String> name = spec.requiredString("op");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Operator> operator = Operator.fromWireName(name.get());
        if (operator.isEmpty()) {
            file.error(spec.value("op").orElseThrow(), unknownOperator(name.get()));
            return Optional.empty();
        }
        int keepLast = 0;
        if (spec.has("keep_last")) {
            if (operator.get() != Operator.MASK) {
                file.error(spec.keyNode("keep_last").orElseThrow(), "'keep_last' only goes with op: mask");
                return Optional.empty();
            }
            Optional<Integer> value = spec.integer("keep_last", 0);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            keepLast = value.get();
        }
        String replacement = "";
        if (spec.has("with")) {
            if (operator.get() != Operator.REPLACE) {
                file.error(spec.keyNode("with").orElseThrow(), "'with' only goes with op: replace");
                return Optional.empty();
            }
            Optional<String> value = spec.string("with");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            replacement = value.get();
        }
        return Optional.of(new Transform(operator.get(), keepLast, replacement));
    }

    private static String unknownOperator(String name) {
        return "unknown operator '" + name + "' (expected one of: keep, mask, pseudonymize, hash, replace, redact)";
    }
}
