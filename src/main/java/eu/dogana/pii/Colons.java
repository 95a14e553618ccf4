package eu.dogana.pii;

import java.util.Arrays;

/**
 * Where the colons of a text are, found once per text through {@link ScanText#derived} and shared by the detectors
 * that turn on them: IPv6 addresses, {@code key: value} secrets and the {@code ://} of URLs. Each used to search the
 * whole text for them with {@link String#indexOf}; on prose, which holds a handful of colons, that was a pass over
 * the text per detector for next to nothing (about 0.3 µs each per 4 KB prompt).
 */
public final class Colons {

    private static final Object KEY = new Object();

    private final int length;
    private final int[] positions;
    private final int size;

    private Colons(ScanText scan) {
        String text = scan.text();
        int[] found = new int[8];
        int n = 0;
        for (int p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = p;
        }
        this.length = text.length();
        this.positions = found;
        this.size = n;
    }

    /** The colons of {@code scan}, found on the first call and shared afterwards. */
    public static Colons of(ScanText scan) {
        return scan.derived(KEY, Colons::new);
    }

    /** The first colon at or after {@code from}; the text's length if there is none. */
    public int next(int from) {
        int k = Arrays.binarySearch(positions, 0, size, from);
        k = k >= 0 ? k : -k - 1;
        return k < size ? positions[k] : length;
    }
}
