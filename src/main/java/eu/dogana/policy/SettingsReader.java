package eu.dogana.policy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the bundle-wide sections: {@code residency}, {@code output} and {@code limits}. */
final class SettingsReader {

    private static final Set<String> RESIDENCY_KEYS = Set.of("allow", "deny");
    private static final Set<String> OUTPUT_KEYS = Set.of("reasoning", "scan_answers", "answer_transforms",
            "ai_disclosure");
    private static final Set<String> LIMITS_KEYS = Set.of("max_prompt_tokens", "per_key", "per_tenant", "tenants");
    private static final Set<String> TENANT_LIMITS_KEYS = Set.of("max_prompt_tokens", "per_key", "per_tenant");
    private static final Set<String> RATE_KEYS = Set.of("requests_per_minute", "tokens_per_minute");

    private SettingsReader() {}

    /**
     * {@code residency: {allow: [...], deny: [...]}}: each name a region group ({@code EU}, {@code EEA},
     * {@code ADEQUACY}), an ISO 3166-1 alpha-2 code, or {@code US-DPF}. The allowed set is the union of
     * {@code allow} less every region of {@code deny}.
     */
    static Optional<Set<String>> residency(YamlMapping spec) {
        SourceFile file = spec.file();
        spec.allowOnly(RESIDENCY_KEYS);
        if (!spec.has("allow")) {
            file.error(spec.node(), "missing key 'allow'");
            return Optional.empty();
        }
        Optional<Set<String>> allow = regions(file, spec, "allow");
        Optional<Set<String>> deny = regions(file, spec, "deny");
        if (allow.isEmpty() || deny.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = new HashSet<>(allow.get());
        allowed.removeAll(deny.get());
        if (allowed.isEmpty()) {
            file.error(spec.node(), "residency allows no region at all");
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(allowed));
    }

    private static Optional<Set<String>> regions(SourceFile file, YamlMapping spec, String key) {
        Set<String> out = new HashSet<>();
        boolean valid = true;
        for (ScalarNode node : spec.strings(key)) {
            String name = node.getValue();
            Set<String> group = Regions.GROUPS.get(name);
            if (group != null) {
                out.addAll(group);
            } else if (Regions.isRegion(name)) {
                out.add(name);
            } else {
                file.error(node, "unknown region '" + name
                        + "' (expected an ISO 3166-1 alpha-2 code, US-DPF, or one of EU, EEA, ADEQUACY)");
                valid = false;
            }
        }
        return valid ? Optional.of(out) : Optional.empty();
    }

    /** {@code output: {reasoning: drop|keep, scan_answers, answer_transforms, ai_disclosure}}. */
    static OutputSettings output(YamlMapping spec) {
        SourceFile file = spec.file();
        spec.allowOnly(OUTPUT_KEYS);
        Optional<Boolean> drop = spec.string("reasoning").flatMap(value -> switch (value) {
            case "drop" -> Optional.of(true);
            case "keep" -> Optional.of(false);
            default -> {
                file.error(spec.value("reasoning").orElseThrow(),
                        "'reasoning' must be drop or keep, got '" + value + "'");
                yield Optional.empty();
            }
        });
        return new OutputSettings(drop, spec.bool("scan_answers"),
                spec.mapping("answer_transforms").map(TransformReader::readForAnswers), spec.bool("ai_disclosure"));
    }

    /** The default limits and those of named tenants, each tenant's missing keys taken from the default. */
    record LimitsRead(Limits defaults, Map<String, Limits> tenants) {}

    static LimitsRead limits(YamlMapping spec) {
        spec.allowOnly(LIMITS_KEYS);
        Limits defaults = limits(spec, Limits.UNLIMITED);
        Map<String, Limits> tenants = new LinkedHashMap<>();
        spec.mapping("tenants").ifPresent(byTenant -> {
            for (String tenant : byTenant.keys()) {
                byTenant.mapping(tenant).ifPresent(own -> {
                    own.allowOnly(TENANT_LIMITS_KEYS);
                    tenants.put(tenant, limits(own, defaults));
                });
            }
        });
        return new LimitsRead(defaults, tenants);
    }

    private static Limits limits(YamlMapping spec, Limits base) {
        int max = spec.integer("max_prompt_tokens", 0).orElse(base.maxPromptTokens());
        Rate perKey = spec.mapping("per_key").map(rate -> rate(rate, base.perKey())).orElse(base.perKey());
        Rate perTenant =
                spec.mapping("per_tenant").map(rate -> rate(rate, base.perTenant())).orElse(base.perTenant());
        return new Limits(max, perKey, perTenant);
    }

    private static Rate rate(YamlMapping spec, Rate base) {
        spec.allowOnly(RATE_KEYS);
        return new Rate(
                spec.integer("requests_per_minute", 0).orElse(base.requestsPerMinute()),
                spec.integer("tokens_per_minute", 0).orElse(base.tokensPerMinute()));
    }
}
