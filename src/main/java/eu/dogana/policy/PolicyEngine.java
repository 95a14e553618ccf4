package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

/**
 * Decides requests with the bundle in force. Each call reads the current bundle once; see {@link PolicyBundle} for
 * how rules combine.
 */
public final class PolicyEngine {

    private final PolicyBundles bundles;

    public PolicyEngine(PolicyBundles bundles) {
        this.bundles = requireNonNull(bundles, "bundles is null");
    }

    /** The decision for one request, without a trace. */
    public Decision decide(PolicyInput input) {
        return bundles.current().decide(input);
    }

    /** The decision with a trace of every rule: what a simulate endpoint shows. */
    public Decision simulate(PolicyInput input) {
        return bundles.current().explain(input);
    }
}
