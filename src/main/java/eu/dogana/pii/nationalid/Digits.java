package eu.dogana.pii.nationalid;

/** Reading ASCII digits and letters out of a compact identifier, without parsing to a String. */
final class Digits {

    private Digits() {
    }

    /** The digit's value, or -1 for anything that is not an ASCII digit. */
    static int value(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean allDigits(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (chars[i] < '0' || chars[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number written by {@code length <= 18} digits; the caller has checked they are digits. */
    static long number(char[] chars, int offset, int length) {
        long n = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            n = n * 10 + (chars[i] - '0');
        }
        return n;
    }

    /** Two digits as a number, or -1 if either is not a digit. */
    static int twoDigits(char[] chars, int offset) {
        int tens = value(chars[offset]);
        int ones = value(chars[offset + 1]);
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    /**
     * The letters and digits of {@code value}, upper case: how the string entry points of the validators accept
     * "12.345.678-z" as well as "12345678Z". Not for hot paths.
     */
    static char[] compact(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                out.append(c);
            } else if (c >= 'a' && c <= 'z') {
                out.append((char) (c - ('a' - 'A')));
            }
        }
        char[] chars = new char[out.length()];
        out.getChars(0, out.length(), chars, 0);
        return chars;
    }
}
