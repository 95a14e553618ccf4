package eu.dogana.pii.name;

import eu.dogana.pii.ScanText;

/**
 * The shape of a word of a {@link ScanText} as the name and place rules read it: capitalised, all capitals, an
 * initial, at the start of a sentence. Reads the text in place; makes no strings.
 */
public final class Capitals {

    private Capitals() {
    }

    /**
     * First character upper (or title) case: "Rossi", "ROSSI", "Ñandú". Digits anywhere disqualify. Read from the
     * word's flags ({@link ScanText#CAPITALISED}), which the segmentation sets at no extra pass.
     */
    public static boolean isCapitalised(ScanText text, int word) {
        return (text.wordFlags(word) & ScanText.CAPITALISED) != 0;
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
