package eu.dogana.pii.name;

import eu.dogana.pii.ScanText;

/**
 * The shape of a word of a {@link ScanText} as the name and place rules read it: capitalised, all capitals, an
 * initial, at the start of a sentence. Reads the text in place; makes no strings.
 */
public final class Capitals {

    private Capitals() {
    }

    /** First character upper (or title) case: "Rossi", "ROSSI", "Ñandú". Digits anywhere disqualify. */
    public static boolean isCapitalised(ScanText text, int word) {
        int start = text.wordStart(word);
        char first = text.charAt(start);
        if (first < 0x80 ? !(first >= 'A' && first <= 'Z') : !(Character.isUpperCase(first)
                || Character.isTitleCase(first))) {
            return false;
        }
        // the segmentation knows about ASCII digits; only a word with other characters needs a look for other digits
        int flags = text.wordFlags(word);
        if ((flags & ScanText.HAS_DIGIT) != 0) {
            return false;
        }
        if ((flags & ScanText.ALL_ASCII) != 0) {
            return true;
        }
        for (int i = start + 1, end = text.wordEnd(word); i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Two or more characters, none of them lower case: "ROSSI", "CJ", "API". */
    public static boolean isAllCaps(ScanText text, int word) {
        int start = text.wordStart(word);
        int end = text.wordEnd(word);
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A single capital letter directly followed by a period: the "F." of "John F. Kennedy". */
    public static boolean isInitial(ScanText text, int word) {
        int start = text.wordStart(word);
        int end = text.wordEnd(word);
        return end - start == 1 && Character.isUpperCase(text.charAt(start)) && end < text.length()
                && text.charAt(end) == '.';
    }

    /**
     * Whether the word opens a sentence or a line: nothing but spaces, quotes and brackets lie between it and the
     * start of the text, a line break, or sentence punctuation.
     */
    public static boolean startsSentence(ScanText text, int word) {
        for (int i = text.wordStart(word) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '"', '\'', '(', '[', '\u00AB', '\u201C', '\u201E', '\u2018', '*', '-', '\u2022',
                     '>', '\u00A0' -> {
                    // keep looking back
                }
                case '.', '!', '?', ':', ';', '\n', '\r', '\u00A1', '\u00BF', '\u2026' -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether only one to {@code max} spaces (no line break, nothing else) separate a word from the next. */
    public static boolean spaced(ScanText text, int word, int max) {
        int from = text.wordEnd(word);
        int to = text.wordStart(word + 1);
        if (to - from < 1 || to - from > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
