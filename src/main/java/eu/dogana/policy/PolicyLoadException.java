package eu.dogana.policy;

import java.util.List;

/** A bundle that cannot be used; the message lists every error, one per line, as {@code file:line:col: message}. */
public final class PolicyLoadException extends RuntimeException {

    private final transient List<PolicyError> errors;

    public PolicyLoadException(List<PolicyError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    public List<PolicyError> errors() {
        return errors;
    }

    private static String message(List<PolicyError> errors) {
        StringBuilder text = new StringBuilder("invalid policy bundle (" + errors.size() + " errors)");
        for (PolicyError error : errors) {
            text.append('\n').append(error);
        }
        return text.toString();
    }
}
