package eu.dogana.pii.finance;

/** Card issuer ranges (IIN prefixes) and the lengths each issuer uses. */
final class Issuer {

    private Issuer() {
    }

    /** Whether the decimal digits {@code digits[0, length)} start with an issuer prefix that issues cards of that length. */
    static boolean accepts(char[] digits, int length) {
        int p1 = digits[0] - '0';
        int p2 = p1 * 10 + digits[1] - '0';
        int p3 = p2 * 10 + digits[2] - '0';
        int p4 = p3 * 10 + digits[3] - '0';
        int p6 = (p4 * 10 + digits[4] - '0') * 10 + digits[5] - '0';
        boolean len16to19 = length >= 16 && length <= 19;
        // Visa
        if (p1 == 4) {
            return length == 13 || length == 16 || length == 19;
        }
        // Mastercard, 51–55 and the 2-series 2221–2720
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return length == 16;
        }
        // American Express
        if (p2 == 34 || p2 == 37) {
            return length == 15;
        }
        // Discover (incl. the China UnionPay co-branded 622126–622925 range)
        if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
            return len16to19;
        }
        // JCB
        if (p4 >= 3528 && p4 <= 3589) {
            return len16to19;
        }
        // Diners Club: 300–305, 36, 38, 39
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) {
            return length >= 14 && length <= 19;
        }
        // Maestro
        if (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304 || p4 == 6759 || p4 == 6761
                || p4 == 6762 || p4 == 6763 || p4 == 6390) {
            return length >= 12 && length <= 19;
        }
        // UnionPay
        if (p2 == 62 || p2 == 81) {
            return len16to19;
        }
        return false;
    }
}
