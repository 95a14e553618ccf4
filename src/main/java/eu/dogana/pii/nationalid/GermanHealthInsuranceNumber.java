package eu.dogana.pii.nationalid;

/**
 * The unchangeable part of the German Krankenversichertennummer (KVNR, § 290 SGB V): a letter and nine digits, the
 * last a check digit. The letter counts as its two-digit position in the alphabet (A = 01 … Z = 26); with the first
 * eight digits that makes ten digits, weighted 1, 2, 1, 2 …, products above 9 reduced to their digit sum, total
 * mod 10.
 */
public final class GermanHealthInsuranceNumber {

    public static final int LENGTH = 10;

    private GermanHealthInsuranceNumber() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        if (!Digits.isLetter(chars[offset]) || !Digits.allDigits(chars, offset + 1, 9)) {
            return false;
        }
        int letter = chars[offset] - 'A' + 1;
        int sum = weighted(letter / 10, 1) + weighted(letter % 10, 2);
        for (int i = 1; i <= 8; i++) {
            sum += weighted(chars[offset + i] - '0', i % 2 == 1 ? 1 : 2);
        }
        return sum % 10 == chars[offset + 9] - '0';
    }

    private static int weighted(int digit, int weight) {
        int product = digit * weight;
        return product > 9 ? product - 9 : product;
    }
}
