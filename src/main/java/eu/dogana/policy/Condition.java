package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;

/**
 * A rule's {@code when}: a type-checked CEL expression of type {@code bool}, planned once at load. Immutable and
 * thread-safe; evaluating it has no side effects.
 */
final class Condition {

    /** The condition of a rule without {@code when}. */
    static final Condition ALWAYS = new Condition("true", null);

    private final String source;
    private final CelRuntime.Program program;

    Condition(String source, CelRuntime.Program program) {
        this.source = requireNonNull(source, "source is null");
        this.program = program;
    }

    String source() {
        return source;
    }

    /**
     * Whether the condition holds for these variables.
     *
     * @throws CelEvaluationException when evaluation fails (a map key that is absent, an overflow …); callers decide
     *     what a failure means for their rule
     */
    boolean test(CelVariableResolver variables) throws CelEvaluationException {
        if (program == null) {
            return true;
        }
        // The checker proved the type is bool, so the cast cannot fail.
        return (Boolean) program.eval(variables);
    }

    @Override
    public String toString() {
        return source;
    }
}
