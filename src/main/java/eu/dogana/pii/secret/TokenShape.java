package eu.dogana.pii.secret;

/**
 * The shape of a well-known API token: a literal prefix, then a run of characters from one alphabet whose length is
 * bounded. The prefixes are distinctive enough that shape alone makes a finding.
 *
 * @param prefix    the literal start, case-sensitive
 * @param alphabet  which characters may follow
 * @param minLength least characters after the prefix
 * @param maxLength most characters after the prefix
 * @param score     confidence when the shape matches
 */
record TokenShape(String prefix, Alphabet alphabet, int minLength, int maxLength, double score) {

    /** Character sets of token bodies. */
    enum Alphabet {
        UPPER_DIGITS,
        ALNUM,
        ALNUM_UNDERSCORE,
        BASE64URL,
        ALNUM_DASH;

        boolean contains(char c) {
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            return switch (this) {
                case UPPER_DIGITS -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                case ALNUM -> alnum;
                case ALNUM_UNDERSCORE -> alnum || c == '_';
                case BASE64URL -> alnum || c == '_' || c == '-';
                case ALNUM_DASH -> alnum || c == '-';
            };
        }
    }

    /** End of this token starting at {@code start} (where the prefix was matched), or -1. */
    int end(CharSequence text, int start) {
        int i = start + prefix.length();
        int limit = Math.min(text.length(), i + maxLength + 1);
        int bodyStart = i;
        while (i < limit && alphabet.contains(text.charAt(i))) {
            i++;
        }
        int body = i - bodyStart;
        if (body < minLength || body > maxLength) {
            return -1;
        }
        boolean letter = false;
        boolean digit = false;
        for (int k = bodyStart; k < i; k++) {
            char c = text.charAt(k);
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        // real keys are random: a body without both letters and digits is a word like "sk-learn-tutorial"
        return letter && digit ? i : -1;
    }
}
