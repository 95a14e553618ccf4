package eu.dogana.pii.finance;

import eu.dogana.pii.finance.VatNumberRules.Result;

/**
 * The Spanish NIF behind an {@code ES} VAT number: a DNI (8 digits + letter), an NIE (X/Y/Z + 7 digits + letter), a
 * K/L/M number (letter + 7 digits + DNI letter) or a CIF (organisation letter + 7 digits + check digit or letter).
 */
final class SpanishTaxNumber {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_LETTERS = "JABCDEFGHI";

    private SpanishTaxNumber() {
    }

    /** {@code b} is 9 upper-case characters, digits in the middle seven and a letter at one end at least. */
    static Result check(String b) {
        char first = b.charAt(0);
        char last = b.charAt(8);
        if (VatNumberRules.isDigit(first)) {
            if (!VatNumberRules.digits(b, 0, 8)) {
                return Result.INVALID;
            }
            return DNI_LETTERS.charAt(Integer.parseInt(b, 0, 8, 10) % 23) == last ? Result.CHECKSUM : Result.INVALID;
        }
        if (first == 'X' || first == 'Y' || first == 'Z') {
            int number = (first - 'X') * 10_000_000 + Integer.parseInt(b, 1, 8, 10);
            return DNI_LETTERS.charAt(number % 23) == last ? Result.CHECKSUM : Result.INVALID;
        }
        if ("ABCDEFGHJNPQRSUVW".indexOf(first) >= 0) {
            int sum = 0;
            for (int i = 1; i <= 7; i++) {
                int v = b.charAt(i) - '0';
                if (i % 2 == 1) {
                    v *= 2;
                    v = v / 10 + v % 10;
                }
                sum += v;
            }
            int control = (10 - sum % 10) % 10;
            boolean ok = last == (char) ('0' + control) || last == CIF_LETTERS.charAt(control);
            return ok ? Result.CHECKSUM : Result.INVALID;
        }
        if (first == 'K' || first == 'L' || first == 'M') {
            // residents without DNI: the DNI letter of the seven digits
            return DNI_LETTERS.charAt(Integer.parseInt(b, 1, 8, 10) % 23) == last ? Result.CHECKSUM : Result.INVALID;
        }
        return Result.INVALID;
    }
}
