package eu.dogana.audit.search;

import static java.util.Objects.requireNonNull;

/** A search the caller got wrong: bad syntax, an unknown field, a number or instant that is none. */
public final class InvalidQueryException extends RuntimeException {

    private final String param;

    /**
     * @param param the request parameter at fault ({@code q}, {@code from}, {@code to}, {@code limit})
     * @param message for the caller; may quote the query back, so it is not for logs
     */
    public InvalidQueryException(String param, String message) {
        super(message, null, false, false);
        this.param = requireNonNull(param, "param is null");
    }

    public String param() {
        return param;
    }
}
