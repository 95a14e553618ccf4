package eu.dogana.pii;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one text form of an IP address: IPv4 as four decimal octets without leading zeros, IPv6 as RFC 5952 writes it
 * (lower-case hex without leading zeros, the longest run of two or more zero groups as {@code ::}, the first of equal
 * runs; an IPv4-mapped address with its dotted tail). The text is parsed here, never resolved: no name lookup, no
 * network. Text that is no address comes back stripped and in lower case, so it stays apart from every address.
 */
final class CanonicalIp {

    private static final int GROUPS = 8;

    private CanonicalIp() {
    }

    static String of(String value) {
        String text = value.strip();
        if (text.indexOf(':') >= 0) {
            int[] groups = ipv6Groups(text);
            return groups == null ? text.toLowerCase(Locale.ROOT) : ipv6(groups);
        }
        int[] octets = ipv4Octets(text);
        return octets == null ? text.toLowerCase(Locale.ROOT) : ipv4(octets);
    }

    /**
     * Four dot-separated decimal octets 0–255, or null. Leading zeros are read as decimal: the detector never reports
     * them, and a person who writes "192.168.001.010" to look an address up means 192.168.1.10.
     */
    private static int[] ipv4Octets(String text) {
        int[] octets = new int[4];
        int i = 0;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (i >= text.length() || text.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
            int start = i;
            int n = 0;
            while (i < text.length() && i - start < 3 && isDigit(text.charAt(i))) {
                n = n * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || n > 255) {
                return null;
            }
            octets[octet] = n;
        }
        return i == text.length() ? octets : null;
    }

    /** The eight 16-bit groups of an IPv6 text form (RFC 4291 §2.2), or null. */
    private static int[] ipv6Groups(String text) {
        int gap = text.indexOf("::");
        // one "::" at most, and an embedded IPv4 only at the very end
        if (gap >= 0 && (text.indexOf("::", gap + 1) >= 0 || text.lastIndexOf('.', gap) >= 0)) {
            return null;
        }
        int[] head = gap < 0 ? groups(text) : groups(text.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(text.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        int given = head.length + tail.length;
        if (gap < 0 ? given != GROUPS : given > GROUPS - 1) {
            return null;
        }
        int[] all = new int[GROUPS];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, GROUPS - tail.length, tail.length);
        return all;
    }

    /** Colon-separated groups of one to four hex digits, the last possibly a dotted IPv4 (two groups); or null. */
    private static int[] groups(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] fields = part.split(":", -1);
        int[] groups = new int[fields.length + 1];
        int n = 0;
        for (int f = 0; f < fields.length; f++) {
            String field = fields[f];
            if (f == fields.length - 1 && field.indexOf('.') >= 0) {
                int[] octets = ipv4Octets(field);
                if (octets == null) {
                    return null;
                }
                groups[n++] = octets[0] << 8 | octets[1];
                groups[n++] = octets[2] << 8 | octets[3];
            } else {
                int group = hexGroup(field);
                if (group < 0) {
                    return null;
                }
                groups[n++] = group;
            }
        }
        return Arrays.copyOf(groups, n);
    }

    private static int hexGroup(String field) {
        if (field.isEmpty() || field.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private static String ipv4(int[] octets) {
        return octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
    }

    private static String ipv6(int[] groups) {
        // ::ffff:0:0/96, IPv4-mapped: RFC 5952 §5 writes its last 32 bits as a dotted quad
        boolean mapped = groups[5] == 0xffff && groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0
                && groups[4] == 0;
        int hexGroups = mapped ? 6 : GROUPS;
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < hexGroups; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < hexGroups && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < hexGroups; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        if (mapped) {
            out.append(':').append(groups[6] >> 8).append('.').append(groups[6] & 0xff).append('.')
                    .append(groups[7] >> 8).append('.').append(groups[7] & 0xff);
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
