package eu.dogana.gateway.presidio;

import java.util.Arrays;

/**
 * Converts offsets into one text between UTF-16 indices (Java's) and code points (Presidio's, as Python counts),
 * in either direction, without walking the text from its start for each offset: a large text with many findings
 * made that quadratic.
 *
 * <p>The text is read once, and only the places of its surrogate pairs are kept; a text without any (most of
 * them) needs no conversion at all. Otherwise an offset moves by the number of pairs before it, found by binary
 * search. Pairs are matched as {@link String#codePointCount} matches them (a high surrogate followed by a low one,
 * left to right; a lone surrogate is one code point), so the results are exactly those of
 * {@link String#codePointCount}{@code (0, index)} and {@link String#offsetByCodePoints}{@code (0, codePoint)}.
 */
final class CodePointOffsets {

    private static final int[] NO_PAIRS = new int[0];

    /** The UTF-16 index of the low surrogate of each pair, ascending. */
    private final int[] lowSurrogates;
    private final int codePointLength;

    private CodePointOffsets(int[] lowSurrogates, int utf16Length) {
        this.lowSurrogates = lowSurrogates;
        this.codePointLength = utf16Length - lowSurrogates.length;
    }

    static CodePointOffsets of(String text) {
        int length = text.length();
        int[] lows = NO_PAIRS;
        int pairs = 0;
        for (int i = 0; i < length - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (pairs == lows.length) {
                    lows = Arrays.copyOf(lows, Math.max(16, pairs * 2));
                }
                lows[pairs++] = ++i;
            }
        }
        return new CodePointOffsets(pairs == lows.length ? lows : Arrays.copyOf(lows, pairs), length);
    }

    /** The text's length in code points. */
    int codePointLength() {
        return codePointLength;
    }

    /** The code point offset of UTF-16 index {@code index}, in {@code [0, text.length()]}. */
    int toCodePoints(int index) {
        if (lowSurrogates.length == 0) {
            return index;
        }
        // each pair whose low surrogate lies before the index counts one code point for two chars
        return index - pairsBelow(index);
    }

    /** The UTF-16 index of code point offset {@code codePoint}, in {@code [0, codePointLength()]}. */
    int toUtf16(int codePoint) {
        if (lowSurrogates.length == 0) {
            return codePoint;
        }
        // pair k starts at code point lowSurrogates[k] - 1 - k, which grows with k: count the pairs starting
        // before codePoint, each of which moves it one char further
        int low = 0;
        int high = lowSurrogates.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lowSurrogates[mid] - 1 - mid < codePoint) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return codePoint + low;
    }

    /** The number of pairs whose low surrogate lies before {@code index}. */
    private int pairsBelow(int index) {
        int found = Arrays.binarySearch(lowSurrogates, index);
        return found >= 0 ? found : -found - 1;
    }
}
