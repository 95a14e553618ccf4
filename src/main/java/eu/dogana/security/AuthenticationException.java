package eu.dogana.security;

/**
 * A credential is missing, malformed, unknown, revoked or expired. The message is safe to show the caller:
 * it never contains the credential.
 */
public final class AuthenticationException extends RuntimeException {

    public AuthenticationException(String message) {
        super(message, null, false, false);
    }
}
