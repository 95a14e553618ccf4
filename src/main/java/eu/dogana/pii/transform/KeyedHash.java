package eu.dogana.pii.transform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of values under one key, in lower-case hex. The gateway derives one key per tenant, so the same
 * e-mail address hashes alike within a tenant (joins stay possible) and differently across tenants. "The same" is
 * the caller's business: the {@code hash} operator passes the value's canonical form, so that two spellings of one
 * value ("Mario@Example.it", "mario@example.it") join too.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public KeyedHash(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("an HMAC key needs at least 16 bytes; got: " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String hex(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
