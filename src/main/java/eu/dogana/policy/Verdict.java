package eu.dogana.policy;

import java.util.Locale;

/** The outcome of a decision as the gateway reports it in {@code X-Dogana-Decision}. */
public enum Verdict {
    /** Forward as it is. */
    ALLOW,
    /** Forward after the decision's transforms. */
    TRANSFORM,
    /** Refuse (403 with the rule id and legal reference). */
    DENY;

    /** {@code allow}, {@code transform} or {@code block}, the values DESIGN.md fixes for the header. */
    public String headerValue() {
        return this == DENY ? "block" : name().toLowerCase(Locale.ROOT);
    }
}
