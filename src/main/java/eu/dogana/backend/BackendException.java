package eu.dogana.backend;

import static java.util.Objects.requireNonNull;

/** A backend could not give an answer. The message names the backend, never request content. */
public sealed class BackendException extends RuntimeException
        permits BackendException.Unavailable, BackendException.Timeout, BackendException.ErrorStatus {

    private final String backendId;

    BackendException(String backendId, String message, Throwable cause) {
        super(message, cause, false, false);
        this.backendId = requireNonNull(backendId, "backendId is null");
    }

    public String backendId() {
        return backendId;
    }

    /** Not reachable: connection refused or reset, circuit open, or no backend serves the model right now. */
    public static final class Unavailable extends BackendException {
        public Unavailable(String backendId, String message, Throwable cause) {
            super(backendId, message, cause);
        }
    }

    /** Did not answer in time: no response head within the first-byte timeout. */
    public static final class Timeout extends BackendException {
        public Timeout(String backendId, String message) {
            super(backendId, message, null);
        }
    }

    /** Answered with a server error (5xx); the body is parsed for the backend's own message. */
    public static final class ErrorStatus extends BackendException {
        private final int status;
        private final BackendError error;

        public ErrorStatus(String backendId, int status, BackendError error) {
            super(backendId, "backend " + backendId + " answered HTTP " + status, null);
            this.status = status;
            this.error = requireNonNull(error, "error is null");
        }

        public int status() {
            return status;
        }

        public BackendError error() {
            return error;
        }

        /** Worth trying another backend: the server said it is overloaded or a proxy in front of it failed. */
        boolean isTransient() {
            return status == 502 || status == 503 || status == 504;
        }
    }
}
