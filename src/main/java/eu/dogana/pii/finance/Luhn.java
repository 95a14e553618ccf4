package eu.dogana.pii.finance;

/** The Luhn mod-10 check used by payment cards (and by the Italian partita IVA and Swedish org numbers). */
final class Luhn {

    private Luhn() {
    }

    /** Whether the decimal digits {@code digits[0, length)} (values 0–9, check digit last) pass Luhn. */
    static boolean isValid(byte[] digits, int length) {
        int sum = 0;
        boolean doubled = false;
        for (int k = length - 1; k >= 0; k--) {
            int d = digits[k];
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
