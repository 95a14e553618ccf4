package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds passport numbers next to a passport word in any of our languages ("passport", "Reisepass", "passaporto",
 * "passeport", "pasaporte", "paspoort", "paszport", "passaporte"); never alone, since a passport number has no check
 * digit outside the machine-readable zone. A number in a national pattern scores higher than any other eight or nine
 * letters and digits (which must be written as one word):
 * <ul>
 *   <li>DE: nine characters of {@code CFGHJK} then the card alphabet ({@link GermanIdCard#ALPHABET});</li>
 *   <li>IT, PL: two letters, seven digits;</li>
 *   <li>FR: two digits, two letters, five digits;</li>
 *   <li>ES: three letters, six digits;</li>
 *   <li>NL: two letters, six letters or digits, one digit (no letter O);</li>
 *   <li>PT: one letter, six digits.</li>
 * </ul>
 */
public final class PassportDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "passport", "passports", "Reisepass", "Reisepassnummer", "Passnummer",
            "passaporto", "passeport", "pasaporte", "paspoort", "paspoortnummer", "paszport", "paszportu",
            "passaporte");

    private static final double NATIONAL_PATTERN_SCORE = 0.9;
    private static final double OTHER_SCORE = 0.7;

    public PassportDetector() {
        super("passport", EntityType.PASSPORT, CONTEXT, 7, 9, 0.0, 0.0, OTHER_SCORE);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (isNationalPattern(chars, offset, length)) {
            return Verdict.STRONG;
        }
        // candidates hold only letters and digits, and always a digit; a number in groups ("12.03.2024") is a
        // date or an amount more often than an unusual passport
        return length >= 8 && candidates.groups(candidate) == 1 ? Verdict.NEEDS_CONTEXT : Verdict.REJECT;
    }

    @Override
    double score(Verdict verdict, boolean hasContext) {
        if (!hasContext) {
            return 0;
        }
        return verdict == Verdict.STRONG ? NATIONAL_PATTERN_SCORE : super.score(verdict, true);
    }

    static boolean isNationalPattern(char[] chars, int offset, int length) {
        return switch (length) {
            case 7 -> letters(chars, offset, 1) && Digits.allDigits(chars, offset + 1, 6);
            case 9 -> isGerman(chars, offset)
                    || (letters(chars, offset, 2) && Digits.allDigits(chars, offset + 2, 7))
                    || (Digits.allDigits(chars, offset, 2) && letters(chars, offset + 2, 2)
                            && Digits.allDigits(chars, offset + 4, 5))
                    || (letters(chars, offset, 3) && Digits.allDigits(chars, offset + 3, 6))
                    || isDutch(chars, offset);
            default -> false;
        };
    }

    private static boolean isGerman(char[] chars, int offset) {
        return "CFGHJK".indexOf(chars[offset]) >= 0 && GermanIdCard.isDocumentNumber(chars, offset)
                && hasDigit(chars, offset, GermanIdCard.LENGTH);
    }

    private static boolean isDutch(char[] chars, int offset) {
        if (!letters(chars, offset, 2) || Digits.value(chars[offset + 8]) < 0) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (chars[offset + i] == 'O') {
                return false;
            }
        }
        return true;
    }

    private static boolean letters(char[] chars, int offset, int count) {
        for (int i = 0; i < count; i++) {
            if (!Digits.isLetter(chars[offset + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(char[] chars, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (Digits.value(chars[offset + i]) >= 0) {
                return true;
            }
        }
        return false;
    }
}
