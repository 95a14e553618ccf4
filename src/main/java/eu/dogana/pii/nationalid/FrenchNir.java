package eu.dogana.pii.nationalid;

/**
 * The French numéro d'inscription au répertoire (NIR, "numéro de sécurité sociale"): sex (1 or 2), year, month
 * ({@code 01}–{@code 12}, or {@code 20}–{@code 99} when unknown or fictitious), département (two digits, or
 * {@code 2A}/{@code 2B} for Corsica), commune, order number — thirteen characters — and a two-digit key
 * {@code 97 - (n mod 97)}. For the key, Corsica's 2A counts as 19 and 2B as 18.
 */
public final class FrenchNir {

    public static final int LENGTH = 15;

    private FrenchNir() {
    }

    public static boolean isValid(CharSequence value) {
        char[] c = Digits.compact(value);
        return c.length == LENGTH && isValid(c, 0);
    }

    static boolean isValid(char[] chars, int offset) {
        char sex = chars[offset];
        if ((sex != '1' && sex != '2') || !Digits.allDigits(chars, offset + 1, 4)
                || !Digits.allDigits(chars, offset + 7, 8)) {
            return false;
        }
        int month = Digits.twoDigits(chars, offset + 3);
        if (!((month >= 1 && month <= 12) || month >= 20)) {
            return false;
        }
        int departement;
        char d1 = chars[offset + 5];
        char d2 = chars[offset + 6];
        if (d1 == '2' && d2 == 'A') {
            departement = 19;
        } else if (d1 == '2' && d2 == 'B') {
            departement = 18;
        } else {
            departement = Digits.twoDigits(chars, offset + 5);
            if (departement < 0) {
                return false;
            }
        }
        long n = Digits.number(chars, offset, 5) * 100_000_000L + departement * 1_000_000L
                + Digits.number(chars, offset + 7, 6);
        long key = Digits.number(chars, offset + 13, 2);
        return key == 97 - n % 97;
    }
}
