package eu.dogana.audit.content;

/**
 * Kept content that cannot be decrypted: its key was destroyed (erasure), or a key or ciphertext row was changed.
 * The message never holds content or key material.
 */
public final class ContentUnreadableException extends RuntimeException {

    public ContentUnreadableException(String message) {
        super(message);
    }
}
