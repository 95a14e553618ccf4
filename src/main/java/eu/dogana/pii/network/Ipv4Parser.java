package eu.dogana.pii.network;

/** Dotted-quad IPv4 addresses: four decimal octets 0–255 without leading zeros, separated by single dots. */
final class Ipv4Parser {

    private Ipv4Parser() {
    }

    /** End of a dotted quad starting at {@code start} and ending no later than {@code limit}, or -1. */
    static int octetsEnd(CharSequence text, int start, int limit) {
        int i = start;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (i >= limit || text.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
            int digitsStart = i;
            int value = 0;
            while (i < limit && i - digitsStart < 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - digitsStart;
            if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && text.charAt(digitsStart) == '0')) {
                return -1;
            }
        }
        return i;
    }
}
