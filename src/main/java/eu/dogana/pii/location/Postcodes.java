package eu.dogana.pii.location;

import eu.dogana.pii.ScanText;

/**
 * Postcode shapes of the covered countries, read off the words of a {@link ScanText}. Each method takes the word a
 * postcode would start at and returns the postcode's last word, or -1.
 */
final class Postcodes {

    private Postcodes() {
    }

    /** Germany, Italy, France, Spain: five digits, "10115". */
    static int fiveDigits(ScanText text, int word) {
        return digits(text, word) == 5 ? word : -1;
    }

    /**
     * The Netherlands, "1015 CJ" (first digit not 0; letters never SA, SD or SS), Poland "00-950", Portugal
     * "1000-001". Specific enough to stand without a known city.
     */
    static int specific(ScanText text, int word) {
        int n = digits(text, word);
        int next = word + 1;
        if (next >= text.wordCount() || (n != 2 && n != 4)) {
            return -1;
        }
        int gap = text.wordStart(next) - text.wordEnd(word);
        char joint = text.charAt(text.wordEnd(word));
        if (gap == 1 && joint == '-' && digits(text, next) == 3) {
            return next;
        }
        if (n == 4 && gap == 1 && joint == ' ' && text.charAt(text.wordStart(word)) != '0'
                && isDutchLetters(text, next)) {
            return next;
        }
        return -1;
    }

    /** A British postcode, "SW1A 1AA" or "M1 1AE": outward code at {@code word}, inward code after one space. */
    static int british(ScanText text, int word) {
        int next = word + 1;
        if (next >= text.wordCount() || text.wordStart(next) - text.wordEnd(word) != 1
                || text.charAt(text.wordEnd(word)) != ' ' || !isOutward(text, word) || !isInward(text, next)) {
            return -1;
        }
        return next;
    }

    /**
     * Whether a word could open a British postcode; the cheap test before {@link #british}. An outward code holds an
     * ASCII digit ("SW1A", "M1"), which the word's flags tell: most capitalised words are turned away by them alone.
     */
    static boolean mayBeOutward(ScanText text, int word) {
        if ((text.wordFlags(word) & ScanText.HAS_DIGIT) == 0) {
            return false;
        }
        int length = text.wordEnd(word) - text.wordStart(word);
        char first = text.charAt(text.wordStart(word));
        return length >= 2 && length <= 4 && first >= 'A' && first <= 'Z';
    }

    private static boolean isOutward(ScanText text, int word) {
        int start = text.wordStart(word);
        int end = text.wordEnd(word);
        int i = start;
        while (i < end && i - start < 2 && isUpper(text.charAt(i))) {
            i++;
        }
        if (i == start || i == end || !isDigit(text.charAt(i))) {
            return false;
        }
        i++;
        if (i < end && (isDigit(text.charAt(i)) || isUpper(text.charAt(i)))) {
            i++;
        }
        return i == end;
    }

    private static boolean isInward(ScanText text, int word) {
        int start = text.wordStart(word);
        return text.wordEnd(word) - start == 3 && isDigit(text.charAt(start)) && isUpper(text.charAt(start + 1))
                && isUpper(text.charAt(start + 2));
    }

    private static boolean isDutchLetters(ScanText text, int word) {
        int start = text.wordStart(word);
        if (text.wordEnd(word) - start != 2) {
            return false;
        }
        char a = text.charAt(start);
        char b = text.charAt(start + 1);
        return isUpper(a) && isUpper(b) && !(a == 'S' && (b == 'A' || b == 'D' || b == 'S'));
    }

    /** Number of characters of the word if all are ASCII digits, else 0. */
    static int digits(ScanText text, int word) {
        return (text.wordFlags(word) & ScanText.ALL_DIGITS) != 0 ? text.wordEnd(word) - text.wordStart(word) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
