package eu.dogana.pii.special;

/**
 * A light inflectional stemmer for Polish, run on lower-cased, accent-folded words ("depresję" arrives as
 * "depresje"). Lucene's Polish stemmer lives in {@code lucene-analysis-stempel}, which we do not ship; this one
 * strips the commonest case and number endings of nouns and adjectives, keeping at least four letters of stem, so
 * that "depresja", "depresji", "depresję" and "depresją" meet on "depresj". It is deliberately crude: it is applied
 * to the lexicon and the text alike, so only collisions between different lexicon words matter, and a lexicon can
 * always list a form it misses.
 */
final class PolishLightStemmer {

    /** Longest first: the first ending that fits is removed. Endings are already folded (ą→a, ę→e, ó→o, ł→l). */
    private static final char[][] ENDINGS = toChars(
            "owania", "owanie", "ami", "ach", "owi", "iem", "iej", "ymi", "imi", "ego", "emu", "ich", "ych",
            "om", "ow", "em", "ie", "ia", "ii", "ej", "ym", "im",
            "a", "e", "i", "o", "u", "y");

    private static final int MIN_STEM = 4;

    private PolishLightStemmer() {
    }

    /** Stems {@code s[0, len)} in place and returns the new length. */
    static int stem(char[] s, int len) {
        for (char[] ending : ENDINGS) {
            int keep = len - ending.length;
            if (keep >= MIN_STEM && endsWith(s, len, ending)) {
                return keep;
            }
        }
        return len;
    }

    private static boolean endsWith(char[] s, int len, char[] ending) {
        int offset = len - ending.length;
        for (int i = 0; i < ending.length; i++) {
            if (s[offset + i] != ending[i]) {
                return false;
            }
        }
        return true;
    }

    private static char[][] toChars(String... endings) {
        char[][] chars = new char[endings.length][];
        for (int i = 0; i < endings.length; i++) {
            chars[i] = endings[i].toCharArray();
        }
        return chars;
    }
}
