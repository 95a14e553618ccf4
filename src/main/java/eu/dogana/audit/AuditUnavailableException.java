package eu.dogana.audit;

/** An event could not be committed: the register refuses to vouch for a request it did not record. */
public final class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
