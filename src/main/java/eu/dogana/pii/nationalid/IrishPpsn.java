package eu.dogana.pii.nationalid;

/**
 * The Irish Personal Public Service Number: seven digits, a check letter and, on newer numbers, a second letter
 * (A–I; W on some older ones). The check letter is {@code WABCDEFGHIJKLMNOPQRSTUV[sum mod 23]} where the sum weights
 * the digits 8 … 2 and the second letter 9, counting A = 1 … and W as 0.
 */
public final class IrishPpsn {

    private static final String CHECK = "WABCDEFGHIJKLMNOPQRSTUV";

    private IrishPpsn() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return (c.length == 8 || c.length == 9) && isValid(c, 0, c.length);
    }

    /** Checks eight or nine characters at {@code chars[offset]}. */
    static boolean isValid(char[] chars, int offset, int length) {
        if (!Digits.allDigits(chars, offset, 7)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (8 - i) * (chars[offset + i] - '0');
        }
        if (length == 9) {
            char second = chars[offset + 8];
            if (second >= 'A' && second <= 'I') {
                sum += 9 * (second - 'A' + 1);
            } else if (second != 'W') {
                return false;
            }
        }
        return chars[offset + 7] == CHECK.charAt(sum % 23);
    }
}
