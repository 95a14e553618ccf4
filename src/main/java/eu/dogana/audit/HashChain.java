package eu.dogana.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The register's hashing rules, in one place so that the writer and every verifier agree:
 * {@code event_hash = SHA-256(canonical)}, {@code chain_hash = SHA-256(prev_chain_hash ‖ event_hash)} over the
 * raw 32-byte digests, with 32 zero bytes before the first event of a chain.
 */
public final class HashChain {

    /** The chain hash "before" sequence number 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    public static String eventHash(byte[] canonicalUtf8) {
        return HEX.formatHex(sha256().digest(canonicalUtf8));
    }

    public static String chainHash(String previousChainHash, String eventHash) {
        MessageDigest digest = sha256();
        digest.update(HEX.parseHex(previousChainHash));
        digest.update(HEX.parseHex(eventHash));
        return HEX.formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
