package eu.dogana.pii.finance;

/** ISO 7064 MOD 97-10 as IBANs use it: rotate the first four characters to the end, letters count 10..35. */
final class Mod97 {

    private Mod97() {
    }

    /** Whether the upper-case alphanumeric {@code chars[0, length)} is a valid IBAN by its check digits. */
    static boolean isValid(char[] chars, int length) {
        int check = (chars[2] - '0') * 10 + (chars[3] - '0');
        if (check < 2 || check > 98) {
            return false;
        }
        int remainder = 0;
        for (int k = 0; k < length; k++) {
            char c = chars[(k + 4) % length];
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }
}
