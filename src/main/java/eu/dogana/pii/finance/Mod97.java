package eu.dogana.pii.finance;

/** ISO 7064 MOD 97-10 as IBANs use it: rotate the first four characters to the end, letters count 10..35. */
final class Mod97 {

    /** 10^16: below it, one more character (times 100, plus 35) still fits a long. */
    private static final long REDUCE_AT = 10_000_000_000_000_000L;

    private Mod97() {
    }

    /** Whether the upper-case alphanumeric {@code chars[0, length)} is a valid IBAN by its check digits. */
    static boolean isValid(char[] chars, int length) {
        int check = (chars[2] - '0') * 10 + (chars[3] - '0');
        if (check < 2 || check > 98) {
            return false;
        }
        // the remainder is taken once it nears the long's range rather than after every character: a division per
        // character cost more than the rest of the check
        long remainder = 0;
        for (int k = 0, at = 4 % length; k < length; k++, at = at + 1 == length ? 0 : at + 1) {
            char c = chars[at];
            if (c >= '0' && c <= '9') {
                remainder = remainder * 10 + (c - '0');
            } else if (c >= 'A' && c <= 'Z') {
                remainder = remainder * 100 + (c - 'A' + 10);
            } else {
                return false;
            }
            if (remainder >= REDUCE_AT) {
                remainder %= 97;
            }
        }
        remainder %= 97;
        return remainder == 1;
    }
}
