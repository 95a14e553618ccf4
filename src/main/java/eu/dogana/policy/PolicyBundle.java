package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import dev.cel.runtime.CelEvaluationException;
import eu.dogana.pii.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded, validated policy: purposes, residency, output and limit settings, and the ordered rules with their
 * conditions compiled. Immutable and thread-safe; {@link PolicyBundles} swaps whole bundles.
 *
 * <h2>How a decision is made</h2>
 * <ol>
 *   <li><b>Residency</b> (built-in, id {@code residency}, GDPR Art. 44): the candidate backend regions are filtered
 *       by the residency policy; when none is left (or there was none) the request is denied.</li>
 *   <li><b>Prompt size</b> (built-in, id {@code limits.max_prompt_tokens}): a prompt over the tenant's maximum is
 *       denied.</li>
 *   <li><b>Rules</b>, in bundle order (files sorted by path, rules in file order). A rule whose scope excludes the
 *       request is skipped without evaluating its condition. For each rule that matches:
 *     <ul>
 *       <li>{@code deny}: decides at once. A deny anywhere wins over any allow, before or after it; later rules are
 *           not evaluated.</li>
 *       <li>{@code allow}: the first matching allow becomes the deciding rule; later allows are recorded as matched
 *           but change nothing. An allow does not stop evaluation, so a later deny, transform, route or require
 *           still applies.</li>
 *       <li>{@code transform}: accumulates. The operators of all matching transform rules are merged per entity
 *           type; where two name the same type the stricter wins ({@link Transform#stricter}).</li>
 *       <li>{@code route}: the first matching route applies; later ones are ignored.</li>
 *       <li>{@code require}: accumulates; every required header is listed.</li>
 *     </ul></li>
 *   <li><b>Default deny</b> (id {@code default-deny}, GDPR Art. 6(1)): when no allow matched, the request is denied.
 *       A bundle states what it allows; silence is not consent.</li>
 * </ol>
 * A condition that fails to evaluate (for instance a map key computed at run time that is not an entity type) fails
 * closed: it counts as matched for {@code deny}, {@code transform} and {@code require} rules, which only restrict,
 * and as not matched for {@code allow} and {@code route} rules, which grant.
 *
 * <p>The verdict is {@code deny} when denied, else {@code transform} when some entity type that was found has an
 * operator other than {@code keep}, else {@code allow}.
 */
public final class PolicyBundle {

    static final String RESIDENCY = "residency";
    static final String MAX_PROMPT_TOKENS = "limits.max_prompt_tokens";
    static final String DEFAULT_DENY = "default-deny";

    private final String hash;
    private final List<String> files;
    private final Map<String, Purpose> purposes;
    private final List<Rule> rules;
    private final Set<String> allowedRegions;
    private final OutputPolicy output;
    private final Limits limits;
    private final Map<String, Limits> tenantLimits;

    PolicyBundle(
            String hash,
            List<String> files,
            Map<String, Purpose> purposes,
            List<Rule> rules,
            Set<String> allowedRegions,
            OutputPolicy output,
            Limits limits,
            Map<String, Limits> tenantLimits) {
        this.hash = requireNonNull(hash, "hash is null");
        this.files = List.copyOf(files);
        this.purposes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(purposes));
        this.rules = List.copyOf(rules);
        this.allowedRegions = Set.copyOf(allowedRegions);
        this.output = requireNonNull(output, "output is null");
        this.limits = requireNonNull(limits, "limits is null");
        this.tenantLimits = Map.copyOf(tenantLimits);
    }

    /** Lowercase hex SHA-256 of the bundle's files; see {@link BundleHash} for the exact recipe. */
    public String hash() {
        return hash;
    }

    /** The files of the bundle, relative paths in hashing order. */
    public List<String> files() {
        return files;
    }

    /** Purposes by id, in definition order. */
    public Map<String, Purpose> purposes() {
        return purposes;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Set<String> allowedRegions() {
        return allowedRegions;
    }

    /** The output treatment for requests whose purpose sets none. */
    public OutputPolicy output() {
        return output;
    }

    /** The limits of a tenant: its own when the bundle names it, else the default. */
    public Limits limitsFor(String tenant) {
        return tenantLimits.getOrDefault(tenant, limits);
    }

    /** Decides without recording a trace: the path of every request. */
    public Decision decide(PolicyInput input) {
        return evaluate(input, false);
    }

    /** Decides and records what happened to every rule: for simulation and explanation, not the hot path. */
    public Decision explain(PolicyInput input) {
        return evaluate(input, true);
    }

    private Decision evaluate(PolicyInput input, boolean tracing) {
        requireNonNull(input, "input is null");
        Purpose purpose = input.hasPurpose() ? purposes.get(input.purpose()) : null;
        OutputPolicy outputPolicy = purpose != null && purpose.output().isPresent() ? purpose.output().get() : output;
        Limits tenantLimit = limitsFor(input.tenant());
        List<RuleTrace> trace = tracing ? new ArrayList<>(rules.size() + 3) : List.of();
        Outcome outcome = new Outcome(input, purpose, outputPolicy, tenantLimit, trace, tracing);

        List<String> eligible = new ArrayList<>(input.candidateRegions().size());
        for (String region : input.candidateRegions()) {
            if (allowedRegions.contains(region)) {
                eligible.add(region);
            }
        }
        outcome.eligible = eligible;
        if (eligible.isEmpty()) {
            String reason = input.candidateRegions().isEmpty()
                    ? "no backend region is known for model " + input.model()
                    : "every backend for model " + input.model() + " is outside the allowed regions (candidates: "
                            + String.join(", ", input.candidateRegions()) + ")";
            outcome.trace(RESIDENCY, RuleTrace.Status.MATCH, reason);
            return outcome.deny(RESIDENCY, reason, "GDPR Art. 44");
        }
        if (tracing) {
            outcome.trace(RESIDENCY, RuleTrace.Status.PASS, "eligible regions " + eligible);
        }

        int max = tenantLimit.maxPromptTokens();
        if (max > 0 && input.request().promptTokens() > max) {
            String reason = "the prompt has about " + input.request().promptTokens() + " tokens; the limit is " + max;
            outcome.trace(MAX_PROMPT_TOKENS, RuleTrace.Status.MATCH, reason);
            return outcome.deny(MAX_PROMPT_TOKENS, reason, "");
        }
        if (max > 0 && tracing) {
            outcome.trace(MAX_PROMPT_TOKENS, RuleTrace.Status.PASS, "within " + max + " tokens");
        }

        InputVariables variables = new InputVariables(input, purpose);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!rule.inScope(input)) {
                if (tracing) {
                    outcome.trace(rule.id(), RuleTrace.Status.OUT_OF_SCOPE, "scope excludes the request");
                }
                continue;
            }
            boolean matched;
            try {
                matched = rule.condition().test(variables);
                if (!matched) {
                    // the trace's text is built only when asked for: this loop is the hot path of every request
                    if (tracing) {
                        outcome.trace(rule.id(), RuleTrace.Status.NO_MATCH, "when is false: " + rule.when());
                    }
                    continue;
                }
            } catch (CelEvaluationException e) {
                boolean restricts = rule.action() == Action.DENY
                        || rule.action() == Action.TRANSFORM
                        || rule.action() == Action.REQUIRE;
                outcome.trace(rule.id(), RuleTrace.Status.ERROR, "evaluation failed (" + e.getMessage()
                        + "); counted as " + (restricts ? "matched" : "not matched") + ", failing closed");
                if (!restricts) {
                    continue;
                }
            }
            outcome.matched.add(rule.id());
            switch (rule.action()) {
                case DENY -> {
                    outcome.trace(rule.id(), RuleTrace.Status.MATCH, "deny decides");
                    for (int j = i + 1; j < rules.size(); j++) {
                        outcome.trace(rules.get(j).id(), RuleTrace.Status.NOT_EVALUATED, "denied by " + rule.id());
                    }
                    return outcome.deny(rule.id(), rule.reason(), rule.legalRef());
                }
                case ALLOW -> {
                    if (outcome.allow == null) {
                        outcome.allow = rule;
                        outcome.trace(rule.id(), RuleTrace.Status.MATCH, "allows, unless a later rule denies");
                    } else {
                        if (tracing) {
                            outcome.trace(rule.id(), RuleTrace.Status.MATCH, "already allowed by " + outcome.allow.id());
                        }
                    }
                }
                case TRANSFORM -> {
                    outcome.merge(rule.transforms());
                    if (tracing) {
                        outcome.trace(rule.id(), RuleTrace.Status.MATCH, "transforms " + rule.transforms().keySet());
                    }
                }
                case ROUTE -> {
                    if (outcome.route == null) {
                        outcome.route = rule.route().orElseThrow();
                        if (tracing) {
                            outcome.trace(rule.id(), RuleTrace.Status.MATCH, "routes to " + outcome.route);
                        }
                    } else {
                        outcome.trace(rule.id(), RuleTrace.Status.MATCH, "route already chosen by an earlier rule");
                    }
                }
                case REQUIRE -> {
                    String header = rule.requiredHeader().orElseThrow();
                    if (!outcome.headers.contains(header)) {
                        outcome.headers.add(header);
                    }
                    if (tracing) {
                        outcome.trace(rule.id(), RuleTrace.Status.MATCH, "requires header " + header);
                    }
                }
            }
        }
        if (outcome.allow == null) {
            String reason = "no rule allows this request";
            outcome.trace(DEFAULT_DENY, RuleTrace.Status.MATCH, reason);
            return outcome.deny(DEFAULT_DENY, reason, "GDPR Art. 6(1)");
        }
        return outcome.allow();
    }

    /** The state of one evaluation; never shared between threads. */
    private final class Outcome {
        private final PolicyInput input;
        private final Purpose purpose;
        private final OutputPolicy output;
        private final Limits limits;
        private final List<RuleTrace> trace;
        private final boolean tracing;
        private final List<String> matched = new ArrayList<>(4);
        private final List<String> headers = new ArrayList<>(1);
        private EnumMap<EntityType, Transform> transforms;
        private List<String> eligible = List.of();
        private Rule allow;
        private Route route;

        Outcome(PolicyInput input, Purpose purpose, OutputPolicy output, Limits limits, List<RuleTrace> trace,
                boolean tracing) {
            this.input = input;
            this.purpose = purpose;
            this.output = output;
            this.limits = limits;
            this.trace = trace;
            this.tracing = tracing;
        }

        void trace(String id, RuleTrace.Status status, String detail) {
            if (tracing) {
                trace.add(new RuleTrace(id, status, detail));
            }
        }

        void merge(Map<EntityType, Transform> more) {
            if (transforms == null) {
                transforms = new EnumMap<>(EntityType.class);
            }
            more.forEach((type, transform) -> transforms.merge(type, transform, Transform::stricter));
        }

        Decision deny(String ruleId, String reason, String legalRef) {
            return new Decision(hash, Verdict.DENY, ruleId, reason, legalRef, Map.of(), Optional.empty(), headers,
                    allowedRegions, eligible, Optional.ofNullable(purpose), output, limits, matched, trace);
        }

        Decision allow() {
            Map<EntityType, Transform> merged = transforms == null ? Map.of() : transforms;
            Verdict verdict = Verdict.ALLOW;
            for (Map.Entry<EntityType, Transform> entry : merged.entrySet()) {
                if (entry.getValue().operator() != Operator.KEEP && input.findings().count(entry.getKey()) > 0) {
                    verdict = Verdict.TRANSFORM;
                    break;
                }
            }
            return new Decision(hash, verdict, allow.id(), allow.reason(), allow.legalRef(), merged,
                    Optional.ofNullable(route), headers, allowedRegions, eligible, Optional.ofNullable(purpose),
                    output, limits, matched, trace);
        }
    }

    @Override
    public String toString() {
        return "PolicyBundle[" + hash + ", " + rules.size() + " rules, " + purposes.size() + " purposes]";
    }
}
