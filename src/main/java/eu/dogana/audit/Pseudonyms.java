package eu.dogana.audit;

import eu.dogana.storage.SecretFile;
import eu.dogana.storage.StorageConfig;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, tenant-scoped pseudonyms (HMAC-SHA256) for who and what appears in the register. The same principal
 * gets the same pseudonym within a tenant, so an auditor can follow one caller, but the register alone does
 * not name anyone; without the key, guessing identities from pseudonyms is infeasible.
 */
@Singleton
public final class Pseudonyms {

    static final String FILE_NAME = "register-hmac.key";

    private final SecretKeySpec key;

    Pseudonyms(AuditConfig config, StorageConfig storage) {
        String secret = config.hmacKey().filter(value -> !value.isBlank()).orElseGet(() -> SecretFile.loadOrCreate(
                storage.homeDir().resolve(FILE_NAME), Pseudonyms::newKey, "the register's HMAC key"));
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** {@code hmac:} and 64 hex digits, for a value within a tenant. */
    public String of(String tenant, String value) {
        Mac mac = mac();
        mac.update(tenant.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return "hmac:" + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
