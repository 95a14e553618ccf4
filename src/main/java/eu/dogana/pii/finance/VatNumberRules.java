package eu.dogana.pii.finance;

import eu.dogana.pii.nationalid.IrishPpsn;
import eu.dogana.pii.nationalid.ItalianVatCode;
import eu.dogana.pii.nationalid.Luhn;
import eu.dogana.pii.nationalid.PortugueseNif;
import eu.dogana.pii.nationalid.SpanishNie;
import eu.dogana.pii.nationalid.SpanishNif;

/**
 * Format and check-digit rules for the national part of EU VAT numbers (what follows the country prefix), per
 * member state. Check digits are verified for every state whose algorithm is public and stable; BG, CY, CZ, LT and
 * LV have several number kinds with different checks, and are matched by format only. Where the national part is a
 * national identifier or numbered like one (Italy's partita IVA, Spain's NIF/NIE, Portugal's NIF, Ireland's
 * PPSN-style numbers) its validator in
 * {@link eu.dogana.pii.nationalid} decides, so both detectors agree on what is valid.
 */
final class VatNumberRules {

    /** Outcome of checking a number. */
    enum Result {
        /** Not a VAT number of that state. */
        INVALID,
        /** Right shape; that state's check digits are not verified. */
        FORMAT_ONLY,
        /** Right shape and check digits. */
        CHECKSUM
    }

    private VatNumberRules() {
    }

    /** The 27 prefixes ({@code EL} for Greece), indexed by {@link #prefixIndex}: no String made per candidate. */
    private static final boolean[] MEMBER_STATES = memberStates("AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT "
            + "LU LV MT NL PL PT RO SE SI SK");

    /**
     * Per member state ({@link #prefixIndex}), the lengths of national part that {@link #check} can accept, as bits:
     * most cuts of a candidate are turned away by their length before a String is made for them.
     */
    private static final int[] BODY_LENGTHS = bodyLengths("AT 9", "BE 9 10", "BG 9 10", "CY 9", "CZ 8 9 10", "DE 9",
            "DK 8", "EE 9", "EL 8 9", "ES 9", "FI 8", "FR 11", "HR 11", "HU 8", "IE 8 9", "IT 11", "LT 9 12", "LU 8",
            "LV 11", "MT 8", "NL 4 5 6 7 8 9 10 11 12", "PL 10", "PT 9", "RO 2 3 4 5 6 7 8 9 10", "SE 12", "SI 8",
            "SK 10");

    /**
     * Whether {@link #check} could accept a national part of {@code length} characters after the member state
     * prefix {@code a b} (upper-case ASCII letters); false means it would answer {@link Result#INVALID}.
     */
    static boolean acceptsLength(char a, char b, int length) {
        return length < Integer.SIZE && (BODY_LENGTHS[prefixIndex(a, b)] & (1 << length)) != 0;
    }

    private static int[] bodyLengths(String... states) {
        int[] lengths = new int[26 * 26];
        for (String state : states) {
            String[] fields = state.split(" ");
            for (int f = 1; f < fields.length; f++) {
                lengths[prefixIndex(fields[0].charAt(0), fields[0].charAt(1))] |= 1 << Integer.parseInt(fields[f]);
            }
        }
        return lengths;
    }

    /** Whether the two upper-case ASCII letters are a member state's prefix. */
    static boolean isMemberState(char a, char b) {
        return MEMBER_STATES[prefixIndex(a, b)];
    }

    private static int prefixIndex(char a, char b) {
        return (a - 'A') * 26 + (b - 'A');
    }

    private static boolean[] memberStates(String prefixes) {
        boolean[] states = new boolean[26 * 26];
        for (String prefix : prefixes.split(" ")) {
            states[prefixIndex(prefix.charAt(0), prefix.charAt(1))] = true;
        }
        return states;
    }

    /**
     * Checks the upper-case national part {@code b} for country {@code country}. Every part it accepts holds a digit
     * among its first three characters ("U1…", "AB1…", "X12…"): {@link EuVatDetector} only tries prefixes that near a
     * digit, so a new rule must keep to that.
     */
    static Result check(String country, String b) {
        int n = b.length();
        return switch (country) {
            case "AT" -> n == 9 && b.charAt(0) == 'U' && digits(b, 1, 9) ? result(austria(b)) : Result.INVALID;
            case "BE" -> n == 9 ? check(country, "0" + b) : n == 10 && digits(b, 0, 10) && b.charAt(0) <= '1' ? result(belgium(b)) : Result.INVALID;
            case "BG" -> (n == 9 || n == 10) && digits(b, 0, n) ? Result.FORMAT_ONLY : Result.INVALID;
            case "CY" -> n == 9 && digits(b, 0, 8) && isLetter(b.charAt(8)) ? Result.FORMAT_ONLY : Result.INVALID;
            case "CZ" -> n >= 8 && n <= 10 && digits(b, 0, n) ? Result.FORMAT_ONLY : Result.INVALID;
            case "DE" -> n == 9 && digits(b, 0, 9) && b.charAt(0) != '0' ? result(mod11x10(b)) : Result.INVALID;
            case "DK" -> n == 8 && digits(b, 0, 8) && b.charAt(0) != '0'
                    ? result(weighted(b, new int[] {2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0) : Result.INVALID;
            case "EE" -> n == 9 && digits(b, 0, 9) && b.startsWith("10") ? result(estonia(b)) : Result.INVALID;
            case "EL" -> n == 8 ? check(country, "0" + b) : n == 9 && digits(b, 0, 9) ? result(greece(b)) : Result.INVALID;
            // the national part is the holder's tax number: a NIF (DNI, K/L/M or company) or an NIE
            case "ES" -> n == 9 && (SpanishNif.isValid(b) || SpanishNie.isValid(b)) ? Result.CHECKSUM : Result.INVALID;
            case "FI" -> n == 8 && digits(b, 0, 8) ? result(finland(b)) : Result.INVALID;
            case "FR" -> n == 11 && digits(b, 2, 11) && frenchKeyChar(b.charAt(0)) && frenchKeyChar(b.charAt(1))
                    ? france(b) : Result.INVALID;
            case "HR" -> n == 11 && digits(b, 0, 11) ? result(mod11x10(b)) : Result.INVALID;
            case "HU" -> n == 8 && digits(b, 0, 8) ? result(hungary(b)) : Result.INVALID;
            case "IE" -> ireland(b);
            case "IT" -> n == 11 && ItalianVatCode.isValid(b) ? Result.CHECKSUM : Result.INVALID;
            case "LT" -> (n == 9 || n == 12) && digits(b, 0, n) ? Result.FORMAT_ONLY : Result.INVALID;
            case "LU" -> n == 8 && digits(b, 0, 8)
                    ? result(Integer.parseInt(b, 0, 6, 10) % 89 == Integer.parseInt(b, 6, 8, 10)) : Result.INVALID;
            case "LV" -> n == 11 && digits(b, 0, 11) ? Result.FORMAT_ONLY : Result.INVALID;
            case "MT" -> n == 8 && digits(b, 0, 8) && b.charAt(0) != '0' ? result(malta(b)) : Result.INVALID;
            case "NL" -> n < 12 && n >= 4 && b.charAt(n - 3) == 'B' ? check(country, "0".repeat(12 - n) + b) : n == 12 && digits(b, 0, 9) && b.charAt(9) == 'B' && digits(b, 10, 12)
                    ? result(netherlands(b)) : Result.INVALID;
            case "PL" -> n == 10 && digits(b, 0, 10) ? result(poland(b)) : Result.INVALID;
            case "PT" -> n == 9 && PortugueseNif.isValid(b) ? Result.CHECKSUM : Result.INVALID;
            case "RO" -> n >= 2 && n <= 10 && digits(b, 0, n) && b.charAt(0) != '0' ? result(romania(b))
                    : Result.INVALID;
            case "SE" -> n == 12 && digits(b, 0, 12) && b.endsWith("01") && Luhn.isValid(b.toCharArray(), 0, 10)
                    ? Result.CHECKSUM : Result.INVALID;
            case "SI" -> n == 8 && digits(b, 0, 8) && b.charAt(0) != '0' ? result(slovenia(b)) : Result.INVALID;
            case "SK" -> n == 10 && digits(b, 0, 10) && b.charAt(0) != '0'
                    ? result(Long.parseLong(b) % 11 == 0) : Result.INVALID;
            default -> Result.INVALID;
        };
    }

    private static Result result(boolean checksumOk) {
        return checksumOk ? Result.CHECKSUM : Result.INVALID;
    }

    private static boolean austria(String b) {
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int v = d(b, i) * (i % 2 == 1 ? 1 : 2);
            sum += v > 9 ? v - 9 : v;
        }
        return (10 - (sum + 4) % 10) % 10 == d(b, 8);
    }

    private static boolean belgium(String b) {
        return 97 - Integer.parseInt(b, 0, 8, 10) % 97 == Integer.parseInt(b, 8, 10, 10);
    }

    /** ISO 7064 MOD 11,10 (Germany, Croatia). */
    private static boolean mod11x10(String b) {
        int product = 10;
        for (int i = 0; i < b.length() - 1; i++) {
            int sum = (d(b, i) + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        return (11 - product) % 10 == d(b, b.length() - 1);
    }

    private static boolean estonia(String b) {
        int sum = weighted(b, new int[] {3, 7, 1, 3, 7, 1, 3, 7});
        return (10 - sum % 10) % 10 == d(b, 8);
    }

    private static boolean greece(String b) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += d(b, i) << (8 - i);
        }
        return sum % 11 % 10 == d(b, 8);
    }

    private static boolean finland(String b) {
        int remainder = weighted(b, new int[] {7, 9, 10, 5, 8, 4, 2}) % 11;
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check != 10 && check == d(b, 7);
    }

    private static Result france(String b) {
        if (!(isDigit(b.charAt(0)) && isDigit(b.charAt(1)))) {
            return Result.FORMAT_ONLY;
        }
        long siren = Long.parseLong(b, 2, 11, 10);
        return result((12 + 3 * (siren % 97)) % 97 == Integer.parseInt(b, 0, 2, 10));
    }

    private static boolean hungary(String b) {
        int sum = weighted(b, new int[] {9, 7, 3, 1, 9, 7, 3});
        return (10 - sum % 10) % 10 == d(b, 7);
    }

    /**
     * New forms {@code 1234567X} and {@code 1234567XW} are numbered like PPSNs ({@link IrishPpsn}); the old form
     * {@code 1X23456Y} is the same check over the digits {@code 0234561}.
     */
    private static Result ireland(String b) {
        int n = b.length();
        if (n == 8 && isDigit(b.charAt(0)) && (isLetter(b.charAt(1)) || b.charAt(1) == '+' || b.charAt(1) == '*')
                && digits(b, 2, 7) && isLetter(b.charAt(7))) {
            return result(IrishPpsn.isValid("0" + b.substring(2, 7) + b.charAt(0) + b.charAt(7)));
        }
        return (n == 8 || n == 9) && IrishPpsn.isValid(b) ? Result.CHECKSUM : Result.INVALID;
    }

    private static boolean malta(String b) {
        int sum = weighted(b, new int[] {3, 4, 6, 7, 8, 9}) + Integer.parseInt(b, 6, 8, 10);
        return sum % 37 == 0;
    }

    /** The pre-2020 mod-11 number, or the current one that is valid by ISO 7064 mod 97 over "NL" + number. */
    private static boolean netherlands(String b) {
        int sum = weighted(b, new int[] {9, 8, 7, 6, 5, 4, 3, 2});
        if (sum % 11 != 10 && sum % 11 == d(b, 8)) {
            return true;
        }
        // N=23, L=21, B=11
        int remainder = 2321 % 97;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            remainder = isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder == 1;
    }

    private static boolean poland(String b) {
        int check = weighted(b, new int[] {6, 5, 7, 2, 3, 4, 5, 6, 7}) % 11;
        return check != 10 && check == d(b, 9);
    }

    private static boolean romania(String b) {
        int[] weights = {7, 5, 3, 2, 1, 7, 5, 3, 2};
        int n = b.length();
        int sum = 0;
        for (int i = 0; i < n - 1; i++) {
            sum += d(b, i) * weights[weights.length - (n - 1) + i];
        }
        return sum * 10 % 11 % 10 == d(b, n - 1);
    }

    private static boolean slovenia(String b) {
        int check = 11 - weighted(b, new int[] {8, 7, 6, 5, 4, 3, 2}) % 11;
        if (check == 11) {
            return false;
        }
        return (check == 10 ? 0 : check) == d(b, 7);
    }

    private static int weighted(String b, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += d(b, i) * weights[i];
        }
        return sum;
    }

    private static int d(String b, int i) {
        return b.charAt(i) - '0';
    }

    static boolean digits(String b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean frenchKeyChar(char c) {
        return isDigit(c) || (isLetter(c) && c != 'I' && c != 'O');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

}
