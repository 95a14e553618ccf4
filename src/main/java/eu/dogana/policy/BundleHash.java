package eu.dogana.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a bundle, over the files as written rather than over the parsed model.
 *
 * <p>Why the files: the hash is evidence of which policy decided a request, and the evidence an auditor holds is the
 * files (in version control, in the image). Hashing them needs no Dogana code to reproduce, and a changed comment
 * (which may change what a rule means to a reader) changes the hash too. Line endings and a byte-order mark are
 * normalised so that a checkout on Windows hashes like one on Linux.
 *
 * <p>Recipe: SHA-256 over {@code "dogana-policy-bundle/1\n"}, then for each file in ascending order of its path
 * relative to the bundle directory (with {@code /} separators, compared as Java strings): the path in UTF-8,
 * {@code "\n"}, the decimal byte length of the normalised content, {@code "\n"}, the normalised content,
 * {@code "\n"}. Normalised content: the file's bytes without a leading UTF-8 BOM, with CRLF and lone CR turned
 * into LF.
 */
final class BundleHash {

    private static final byte[] HEADER = "dogana-policy-bundle/1\n".getBytes(StandardCharsets.UTF_8);

    private final MessageDigest digest;

    BundleHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        digest.update(HEADER);
    }

    /** Adds the next file; files must be added in the recipe's order. */
    void add(String path, byte[] normalisedContent) {
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(Integer.toString(normalisedContent.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) '\n');
        digest.update(normalisedContent);
        digest.update((byte) '\n');
    }

    String finish() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The content as hashed and parsed: without BOM, line ends as LF. */
    static byte[] normalise(byte[] raw) {
        int start = raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        byte[] out = new byte[raw.length - start];
        int n = 0;
        for (int i = start; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '\r') {
                out[n++] = '\n';
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = b;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
