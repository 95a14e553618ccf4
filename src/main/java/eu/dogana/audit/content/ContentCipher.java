package eu.dogana.audit.content;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import jakarta.inject.Singleton;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh random 96-bit nonce per message and the message's context as associated data, so a
 * ciphertext only opens under its key and in its place (tenant, request, part): moving a row to another request
 * fails like a wrong key or a changed byte does. Thread-safe.
 */
@Singleton
public final class ContentCipher {

    public static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A nonce and the ciphertext with its authentication tag. */
    public record Sealed(byte[] nonce, byte[] ciphertext) {
        public Sealed {
            requireNonNull(nonce, "nonce is null");
            requireNonNull(ciphertext, "ciphertext is null");
            if (nonce.length != NONCE_BYTES) {
                throw new IllegalArgumentException("nonce must be " + NONCE_BYTES + " bytes; got: " + nonce.length);
            }
        }
    }

    private final SecureRandom random = new SecureRandom();

    /** A new random 256-bit key. */
    public byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    public Sealed seal(byte[] key, byte[] plaintext, byte[] context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            cipher.updateAAD(context);
            return new Sealed(nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    /**
     * The plaintext of {@code sealed}.
     *
     * @throws ContentUnreadableException when the key or context is not the one it was sealed with, or a byte of
     *     nonce or ciphertext changed
     */
    public byte[] open(byte[] key, Sealed sealed, byte[] context) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, sealed.nonce());
            cipher.updateAAD(context);
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new ContentUnreadableException("authentication failed: wrong key, wrong context or changed bytes");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("key must be " + KEY_BYTES + " bytes; got: " + key.length);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }
}
