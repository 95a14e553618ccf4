package eu.dogana.policy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads a bundle from a directory: every {@code *.yaml} and {@code *.yml} file in it and below it (names starting
 * with a dot are skipped), in ascending order of relative path. Each file is a mapping with any of these keys:
 * <pre>
 * scope:      {tenants, roles, models, purposes}   narrows every rule of this file
 * purposes:   [ {id, description, legal_basis, retention_days, data_categories, special_categories,
 *                data_subjects, recipients, output} ]
 * residency:  {allow, deny}                        at most once in the bundle; default EEA + ADEQUACY
 * output:     {reasoning, scan_answers, answer_transforms, ai_disclosure}   at most once; the default output
 * limits:     {max_prompt_tokens, per_key, per_tenant, tenants}              at most once
 * rules:      [ {id, description, scope, when, action, reason, legal_ref, transform | route | require} ]
 * </pre>
 * Loading is strict and complete: unknown keys, wrong types, duplicate keys or ids, unknown purposes, entity types,
 * data categories or regions, and conditions that do not parse or type-check are all reported, each with its file,
 * line and column, and a bundle with any error is not built. Purposes may be used in any file, whichever defines
 * them. Thread-safe; one loader may load many times.
 */
public final class PolicyLoader {

    private static final Set<String> FILE_KEYS = Set.of("scope", "purposes", "residency", "output", "limits", "rules");

    /** Loads the bundle in {@code directory}; I/O problems are reported as errors too, never thrown. */
    public LoadResult load(Path directory) {
        List<PolicyError> errors = new ArrayList<>();
        String dirName = directory.toString();
        if (!Files.isDirectory(directory)) {
            errors.add(new PolicyError(dirName, 1, 1, "not a directory"));
            return new LoadResult(Optional.empty(), errors);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.filter(Files::isRegularFile).filter(PolicyLoader::isPolicyFile).toList();
        } catch (IOException e) {
            errors.add(new PolicyError(dirName, 1, 1, "cannot list the directory: " + e.getMessage()));
            return new LoadResult(Optional.empty(), errors);
        }
        Map<String, Path> byName = new java.util.TreeMap<>();
        for (Path path : paths) {
            byName.put(directory.relativize(path).toString().replace('\\', '/'), path);
        }
        if (byName.isEmpty()) {
            errors.add(new PolicyError(dirName, 1, 1, "no policy files (*.yaml, *.yml)"));
            return new LoadResult(Optional.empty(), errors);
        }

        BundleHash hash = new BundleHash();
        List<Parsed> parsed = new ArrayList<>();
        for (Map.Entry<String, Path> entry : byName.entrySet()) {
            String name = entry.getKey();
            byte[] content;
            try {
                content = BundleHash.normalise(Files.readAllBytes(entry.getValue()));
            } catch (IOException e) {
                errors.add(new PolicyError(name, 1, 1, "cannot read: " + e.getMessage()));
                continue;
            }
            hash.add(name, content);
            parse(name, content, errors).ifPresent(parsed::add);
        }
        Optional<PolicyBundle> bundle = build(hash.finish(), List.copyOf(byName.keySet()), parsed, errors);
        if (!errors.isEmpty()) {
            Collections.sort(errors);
            return new LoadResult(Optional.empty(), errors);
        }
        return new LoadResult(bundle, List.of());
    }

    private static boolean isPolicyFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** A file's root mapping, or nothing for an empty file. */
    private record Parsed(SourceFile file, Optional<YamlMapping> root) {}

    private static Optional<Parsed> parse(String name, byte[] content, List<PolicyError> errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add(new PolicyError(name, 1, 1, "not UTF-8"));
            return Optional.empty();
        }
        SourceFile file = new SourceFile(name, text, errors);
        LoaderOptions options = new LoaderOptions();
        // Policies need no alias trees; a small limit keeps a hostile file from expanding without bound.
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            file.error(e.getProblemMark(), firstLine(e.getProblem()));
            return Optional.empty();
        } catch (YAMLException e) {
            file.error(1, 1, firstLine(e.getMessage()));
            return Optional.empty();
        }
        if (root == null || (root instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            return Optional.of(new Parsed(file, Optional.empty()));
        }
        return Optional.of(new Parsed(file, YamlMapping.of(file, root, "a policy file").map(m -> m.allowOnly(FILE_KEYS))));
    }

    private static Optional<PolicyBundle> build(
            String hash, List<String> files, List<Parsed> parsed, List<PolicyError> errors) {
        // Purposes first: rules in any file may name purposes of any file.
        Map<String, PurposeReader.Read> purposes = new LinkedHashMap<>();
        for (Parsed file : parsed) {
            if (file.root().isEmpty()) {
                continue;
            }
            for (Node item : file.root().get().sequence("purposes")) {
                YamlMapping.of(file.file(), item, "a purpose").flatMap(PurposeReader::read).ifPresent(read -> {
                    PurposeReader.Read first = purposes.putIfAbsent(read.purpose().id(), read);
                    if (first != null) {
                        file.file().error(read.idNode(), "duplicate purpose id '" + read.purpose().id()
                                + "' (first defined at " + first.location() + ")");
                    }
                });
            }
        }

        Single<Set<String>> residency = new Single<>("residency");
        Single<OutputSettings> output = new Single<>("output");
        Single<SettingsReader.LimitsRead> limits = new Single<>("limits");
        for (Parsed file : parsed) {
            if (file.root().isEmpty()) {
                continue;
            }
            YamlMapping root = file.root().get();
            residency.take(root, () -> root.mapping("residency").flatMap(SettingsReader::residency));
            output.take(root, () -> root.mapping("output").map(SettingsReader::output));
            limits.take(root, () -> root.mapping("limits").map(SettingsReader::limits));
        }
        OutputPolicy defaultOutput = output.value.orElse(OutputSettings.NONE).over(OutputPolicy.DEFAULT);

        RuleReader rules = new RuleReader(new ConditionEnvironment(), purposes.keySet());
        List<Rule> ruleList = new ArrayList<>();
        Map<String, String> ruleIds = new HashMap<>();
        for (Parsed file : parsed) {
            if (file.root().isEmpty()) {
                continue;
            }
            YamlMapping root = file.root().get();
            RuleScope fileScope = root.mapping("scope").map(rules::scope).orElse(RuleScope.ALL);
            for (Node item : root.sequence("rules")) {
                Optional<YamlMapping> entry = YamlMapping.of(file.file(), item, "a rule");
                if (entry.isEmpty()) {
                    continue;
                }
                // Ids are checked apart from the rest, so that a duplicate is reported even when a copy is invalid.
                Optional<Node> idNode = entry.get().value("id");
                boolean duplicate = false;
                if (idNode.isPresent() && idNode.get() instanceof ScalarNode id) {
                    String first = ruleIds.putIfAbsent(id.getValue(), file.file().location(idNode.get()));
                    if (first != null) {
                        file.file().error(id, "duplicate rule id '" + id.getValue() + "' (first defined at "
                                + first + ")");
                        duplicate = true;
                    }
                }
                Optional<Rule> rule = rules.read(entry.get(), fileScope);
                if (rule.isPresent() && !duplicate) {
                    ruleList.add(rule.get());
                }
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Purpose> resolved = new LinkedHashMap<>();
        for (PurposeReader.Read read : purposes.values()) {
            Purpose p = read.purpose();
            Optional<OutputPolicy> own = read.output().equals(OutputSettings.NONE)
                    ? Optional.empty()
                    : Optional.of(read.output().over(defaultOutput));
            resolved.put(p.id(), new Purpose(p.id(), p.description(), p.legalBasis(), p.retentionDays(),
                    p.dataCategories(), p.special(), p.dataSubjects(), p.recipients(), own, p.keepContent()));
        }
        SettingsReader.LimitsRead limitsRead =
                limits.value.orElse(new SettingsReader.LimitsRead(Limits.UNLIMITED, Map.of()));
        return Optional.of(new PolicyBundle(hash, files, resolved, ruleList, residency.value.orElse(Regions.DEFAULT),
                defaultOutput, limitsRead.defaults(), limitsRead.tenants()));
    }

    /** A section that at most one file of the bundle may define. */
    private static final class Single<T> {
        private final String key;
        private Optional<T> value = Optional.empty();
        private String definedAt;

        Single(String key) {
            this.key = key;
        }

        void take(YamlMapping root, java.util.function.Supplier<Optional<T>> reader) {
            if (!root.has(key)) {
                return;
            }
            Node keyNode = root.keyNode(key).orElseThrow();
            if (definedAt != null) {
                root.file().error(keyNode, "'" + key + "' is already defined at " + definedAt
                        + "; a bundle defines it once");
                return;
            }
            definedAt = root.file().location(keyNode);
            value = reader.get();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
