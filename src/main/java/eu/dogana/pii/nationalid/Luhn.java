package eu.dogana.pii.nationalid;

/**
 * The Luhn mod-10 check (ISO/IEC 7812-1): payment cards, the Italian partita IVA, the Swedish personnummer and
 * organisation numbers.
 */
public final class Luhn {

    private Luhn() {
    }

    /** Whether the {@code length} digits, the last being the check digit, pass; non-digits fail. */
    public static boolean isValid(char[] chars, int offset, int length) {
        int sum = 0;
        boolean twice = false;
        for (int i = offset + length - 1; i >= offset; i--) {
            int d = Digits.value(chars[i]);
            if (d < 0) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
