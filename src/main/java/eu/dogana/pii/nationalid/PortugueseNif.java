package eu.dogana.pii.nationalid;

/**
 * The Portuguese número de identificação fiscal: nine digits, the first naming the kind of holder (1–3 people,
 * 45 non-residents, 5–9 organisations and special cases), the last a check digit: {@code 11 - (Σ dᵢ·(9−i) mod 11)},
 * 0 when that is 10 or 11.
 */
public final class PortugueseNif {

    public static final int LENGTH = 9;

    private PortugueseNif() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.allDigits(chars, offset, LENGTH)) {
            return false;
        }
        char first = chars[offset];
        if (first == '0' || (first == '4' && chars[offset + 1] != '5')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (chars[offset + i] - '0');
        }
        int rest = sum % 11;
        int check = rest < 2 ? 0 : 11 - rest;
        return check == chars[offset + 8] - '0';
    }
}
