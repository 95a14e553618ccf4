package eu.dogana.audit.content;

import eu.dogana.storage.SecretFile;
import eu.dogana.storage.StorageConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every content key share stored in {@code content_key}: derived (HMAC-SHA256 with a fixed
 * label) from the configured master content key, or from one generated into the register home like the register's
 * other secrets. It never leaves memory; the database holds only wrapped shares, the register none at all.
 */
@Singleton
public final class MasterContentKey {

    static final String FILE_NAME = "register-content.key";
    private static final byte[] LABEL = "dogana content key wrapping v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] wrappingKey;
    private final ContentCipher cipher;

    @Inject
    MasterContentKey(ContentConfig config, StorageConfig storage, ContentCipher cipher) {
        this(config.key().filter(value -> !value.isBlank()).orElseGet(() -> SecretFile.loadOrCreate(
                storage.homeDir().resolve(FILE_NAME), MasterContentKey::newSecret, "the register's content key")), cipher);
    }

    /** For tests: a master key from a given secret. */
    MasterContentKey(String secret, ContentCipher cipher) {
        this.cipher = cipher;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.wrappingKey = mac.doFinal(LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /** {@code share} sealed under the wrapping key for {@code context}: nonce followed by ciphertext and tag. */
    byte[] wrap(byte[] share, byte[] context) {
        ContentCipher.Sealed sealed = cipher.seal(wrappingKey, share, context);
        return ByteBuffer.allocate(sealed.nonce().length + sealed.ciphertext().length)
                .put(sealed.nonce()).put(sealed.ciphertext()).array();
    }

    /** @throws ContentUnreadableException when the row was changed, moved or wrapped under another master key */
    byte[] unwrap(byte[] wrapped, byte[] context) {
        if (wrapped.length <= ContentCipher.NONCE_BYTES) {
            throw new ContentUnreadableException("wrapped key too short");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(wrapped, 0, ContentCipher.NONCE_BYTES);
        byte[] ciphertext = java.util.Arrays.copyOfRange(wrapped, ContentCipher.NONCE_BYTES, wrapped.length);
        return cipher.open(wrappingKey, new ContentCipher.Sealed(nonce, ciphertext), context);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
