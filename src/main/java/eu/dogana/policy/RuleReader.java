package eu.dogana.policy;

import eu.dogana.pii.EntityType;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads scopes and the entries of {@code rules}, compiling each {@code when}. */
final class RuleReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    private static final Set<String> KEYS = Set.of("id", "description", "scope", "when", "action", "reason",
            "legal_ref", "transform", "route", "require");
    private static final Set<String> SCOPE_KEYS = Set.of("tenants", "roles", "models", "purposes");
    private static final Set<String> ROUTE_KEYS = Set.of("backend", "model");
    private static final Set<String> REQUIRE_KEYS = Set.of("header");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,127}");
    private static final Map<Action, String> ACTION_KEY =
            Map.of(Action.TRANSFORM, "transform", Action.ROUTE, "route", Action.REQUIRE, "require");

    private final ConditionEnvironment conditions;
    private final Set<String> purposes;

    RuleReader(ConditionEnvironment conditions, Set<String> purposes) {
        this.conditions = conditions;
        this.purposes = purposes;
    }

    RuleScope scope(YamlMapping spec) {
        SourceFile file = spec.file();
        spec.allowOnly(SCOPE_KEYS);
        Set<String> purposeIds = new HashSet<>();
        for (ScalarNode node : spec.strings("purposes")) {
            if (purposes.contains(node.getValue())) {
                purposeIds.add(node.getValue());
            } else {
                file.error(node, "unknown purpose '" + node.getValue() + "'");
            }
        }
        return new RuleScope(values(spec, "tenants"), values(spec, "roles"), values(spec, "models"), purposeIds);
    }

    private static Set<String> values(YamlMapping spec, String key) {
        Set<String> out = new HashSet<>();
        for (ScalarNode node : spec.strings(key)) {
            out.add(node.getValue());
        }
        return out;
    }

    Optional<Rule> read(YamlMapping entry, RuleScope fileScope) {
        SourceFile file = entry.file();
        entry.allowOnly(KEYS);
        Optional<String> id = entry.requiredString("id");
        id.ifPresent(value -> {
            if (!ID.matcher(value).matches()) {
                file.error(entry.value("id").orElseThrow(), "rule id '" + value + "' must match " + ID.pattern());
            }
        });
        Optional<Action> action = entry.requiredString("action").flatMap(name -> {
            Optional<Action> found = Action.fromWireName(name);
            if (found.isEmpty()) {
                file.error(entry.value("action").orElseThrow(), "unknown action '" + name
                        + "' (expected one of: allow, deny, transform, route, require)");
            }
            return found;
        });
        Optional<String> reason = nonBlank(entry, "reason");
        Optional<String> legalRef = nonBlank(entry, "legal_ref");
        entry.string("description");
        RuleScope scope = entry.mapping("scope").map(this::scope).orElse(RuleScope.ALL);
        Optional<Condition> condition = entry.value("when").isEmpty()
                ? Optional.of(Condition.ALWAYS)
                : entry.value("when").flatMap(node -> when(file, node));

        // Action-specific keys: each goes with its action and only with it.
        for (Map.Entry<Action, String> pair : ACTION_KEY.entrySet()) {
            boolean present = entry.has(pair.getValue());
            if (action.isPresent() && action.get() == pair.getKey() && !present) {
                file.error(entry.node(), "missing key '" + pair.getValue() + "' for action " + pair.getValue());
            } else if (action.isPresent() && action.get() != pair.getKey() && present) {
                file.error(entry.keyNode(pair.getValue()).orElseThrow(),
                        "'" + pair.getValue() + "' only goes with action: " + pair.getValue());
            }
        }
        Map<EntityType, Transform> transforms = action.orElse(null) == Action.TRANSFORM
                ? entry.mapping("transform").map(TransformReader::read).orElse(Map.of())
                : Map.of();
        Optional<Route> route = action.orElse(null) == Action.ROUTE
                ? entry.mapping("route").flatMap(RuleReader::route)
                : Optional.empty();
        Optional<String> header = action.orElse(null) == Action.REQUIRE
                ? entry.mapping("require").flatMap(RuleReader::header)
                : Optional.empty();

        if (id.isEmpty() || action.isEmpty() || reason.isEmpty() || legalRef.isEmpty() || condition.isEmpty()) {
            return Optional.empty();
        }
        if ((action.get() == Action.ROUTE && route.isEmpty()) || (action.get() == Action.REQUIRE && header.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Rule(id.get(), file.location(entry.node()), fileScope, scope, condition.get(),
                action.get(), reason.get(), legalRef.get(), transforms, route, header));
    }

    private static Optional<String> nonBlank(YamlMapping entry, String key) {
        Optional<String> value = entry.requiredString(key);
        if (value.isPresent() && value.get().isBlank()) {
            entry.file().error(entry.value(key).orElseThrow(), "'" + key + "' must not be blank");
            return Optional.empty();
        }
        return value;
    }

    private Optional<Condition> when(SourceFile file, Node node) {
        Optional<String> source = YamlMapping.asString(file, node, "when");
        if (source.isEmpty()) {
            return Optional.empty();
        }
        ConditionEnvironment.Compiled compiled = conditions.compile(source.get(), purposes::contains);
        for (ConditionEnvironment.Issue issue : compiled.issues()) {
            reportAt(file, (ScalarNode) node, issue);
        }
        return compiled.condition();
    }

    /**
     * Reports an expression issue at its place in the file. Exact for single-line plain or quoted scalars and for
     * literal blocks ({@code |}), whose lines map one to one; for folded or multi-line flow scalars, whose line
     * breaks YAML rewrites, the scalar's start is given with the position inside the expression.
     */
    private static void reportAt(SourceFile file, ScalarNode node, ConditionEnvironment.Issue issue) {
        int startLine = node.getStartMark().getLine() + 1;
        int startColumn = node.getStartMark().getColumn() + 1;
        DumperOptions.ScalarStyle style = node.getScalarStyle();
        boolean singleLine = node.getStartMark().getLine() == node.getEndMark().getLine();
        String message = "invalid condition: " + issue.message();
        if (style == DumperOptions.ScalarStyle.LITERAL) {
            // Content starts on the line after the indicator; its indentation is the first non-blank line's.
            int line = startLine + issue.line();
            file.error(line, blockIndent(file, startLine + 1) + issue.column() + 1, message);
        } else if (singleLine && issue.line() == 1) {
            int quote = style == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
            file.error(startLine, startColumn + quote + issue.column(), message);
        } else {
            file.error(startLine, startColumn,
                    message + " (at line " + issue.line() + ", column " + (issue.column() + 1) + " of the expression)");
        }
    }

    private static int blockIndent(SourceFile file, int firstContentLine) {
        for (int line = firstContentLine; line < firstContentLine + 1000; line++) {
            String text = file.line(line);
            if (!text.isBlank()) {
                int indent = 0;
                while (indent < text.length() && text.charAt(indent) == ' ') {
                    indent++;
                }
                return indent;
            }
        }
        return 0;
    }

    private static Optional<Route> route(YamlMapping spec) {
        spec.allowOnly(ROUTE_KEYS);
        Optional<String> backend = spec.string("backend");
        Optional<String> model = spec.string("model");
        if (backend.isEmpty() && model.isEmpty()) {
            if (!spec.has("backend") && !spec.has("model")) {
                spec.file().error(spec.node(), "a route names a 'backend', a 'model' or both");
            }
            return Optional.empty();
        }
        return Optional.of(new Route(backend, model));
    }

    private static Optional<String> header(YamlMapping spec) {
        spec.allowOnly(REQUIRE_KEYS);
        Optional<String> header = spec.requiredString("header");
        if (header.isPresent() && !HEADER.matcher(header.get()).matches()) {
            spec.file().error(spec.value("header").orElseThrow(), "'" + header.get() + "' is not a header name");
            return Optional.empty();
        }
        return header;
    }
}
