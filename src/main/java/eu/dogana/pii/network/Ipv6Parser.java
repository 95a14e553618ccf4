package eu.dogana.pii.network;

/**
 * Validates IPv6 text forms (RFC 4291 §2.2): eight groups of 1–4 hex digits, one optional {@code ::} standing for
 * one or more zero groups, and an optional dotted IPv4 address in the place of the last two groups. Zone ids
 * ({@code %eth0}) and prefix lengths are not part of the address.
 */
final class Ipv6Parser {

    private Ipv6Parser() {
    }

    static boolean isValid(CharSequence text, int start, int end) {
        int groups = 0;
        boolean compressed = false;
        int i = start;
        if (end - start < 2) {
            return false;
        }
        if (text.charAt(i) == ':') {
            if (text.charAt(i + 1) != ':') {
                return false;
            }
            compressed = true;
            i += 2;
            if (i == end) {
                return true;
            }
        }
        while (i < end) {
            int groupStart = i;
            while (i < end && isHex(text.charAt(i))) {
                i++;
            }
            if (i < end && text.charAt(i) == '.') {
                // embedded IPv4: must be the last thing and takes two groups
                if (Ipv4Parser.octetsEnd(text, groupStart, end) != end) {
                    return false;
                }
                groups += 2;
                i = end;
                break;
            }
            int digits = i - groupStart;
            if (digits == 0 || digits > 4) {
                return false;
            }
            groups++;
            if (i == end) {
                break;
            }
            // text.charAt(i) is ':'
            if (i + 1 < end && text.charAt(i + 1) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i += 2;
                if (i == end) {
                    break;
                }
            } else {
                i++;
                if (i == end) {
                    return false;
                }
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
