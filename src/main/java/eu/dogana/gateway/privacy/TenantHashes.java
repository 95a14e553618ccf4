package eu.dogana.gateway.privacy;

import eu.dogana.audit.Pseudonyms;
import eu.dogana.pii.transform.KeyedHash;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The {@code hash} operator's key per tenant, derived from the register's HMAC key: the same value hashes alike
 * within a tenant and differently across tenants, and no further secret has to be kept.
 */
public final class TenantHashes implements Function<String, KeyedHash> {

    private final Pseudonyms pseudonyms;

    public TenantHashes(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    @Override
    public KeyedHash apply(String tenant) {
        return new KeyedHash(pseudonyms.of(tenant, "pii-hash-operator").getBytes(StandardCharsets.UTF_8));
    }
}
