package eu.dogana.security;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets: 256 bits from the platform's strong source, base64url without padding, behind a prefix. */
@Singleton
public final class SecretGenerator {

    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    public String newSecret(String prefix) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A short public identifier (not a secret): {@code prefix} + 12 hex digits. */
    public String newId(String prefix) {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
