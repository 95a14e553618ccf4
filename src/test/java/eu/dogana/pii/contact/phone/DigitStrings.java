package eu.dogana.pii.contact.phone;

import java.util.Random;

/**
 * Digit strings for the differential tests that hold a fast path against libphonenumber: near misses of valid numbers
 * and plain random digits, from a seeded {@link Random} so a failure can be replayed.
 */
final class DigitStrings {

    private DigitStrings() {
    }

    /** {@code nsn} with one or two digits inserted, deleted or replaced: a near miss, sometimes still valid. */
    static String mutate(String nsn, Random random) {
        StringBuilder digits = new StringBuilder(nsn);
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
            int at = random.nextInt(digits.length());
            char digit = (char) ('0' + random.nextInt(10));
            switch (random.nextInt(4)) {
                case 0 -> digits.insert(at, digit);
                case 1 -> {
                    if (digits.length() > 2) {
                        digits.deleteCharAt(at);
                    }
                }
                default -> digits.setCharAt(Math.min(at, digits.length() - 1), digit);
            }
        }
        return digits.toString();
    }

    /** Random digits, at least {@code shortest} and fewer than {@code longestExclusive} of them. */
    static String random(Random random, int shortest, int longestExclusive) {
        StringBuilder digits = new StringBuilder();
        for (int n = shortest + random.nextInt(longestExclusive - shortest); n > 0; n--) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
