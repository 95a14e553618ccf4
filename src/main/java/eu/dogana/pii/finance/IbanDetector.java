package eu.dogana.pii.finance;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Set;

/**
 * International bank account numbers ({@link EntityType#IBAN_CODE}), ISO 13616: a country code, two check digits
 * and a national BBAN whose length the IBAN registry fixes per country. Written compact
 * ({@code DE89370400440532013000}) or in groups of four separated by single spaces
 * ({@code DE89 3704 0044 0532 0130 00}); letters in any case. Validated by length and the mod-97 check, so a finding
 * alone is near certain.
 */
public final class IbanDetector implements Detector {

    private static final double BASE_SCORE = 0.95;
    private static final double CONTEXT_BOOST = 0.05;
    private static final int CONTEXT_WINDOW = 4;

    /** IBAN length per country, from the SWIFT IBAN registry. */
    private static final byte[] LENGTHS = lengths(
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 "
                    + "EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 "
                    + "IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 "
                    + "NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 "
                    + "SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");

    private static final int MAX_LENGTH = 34;

    private static final ContextWords CONTEXT = ContextWords.of("iban", "bank", "konto", "kontonummer",
            "bankverbindung", "conto", "corrente", "bancario", "compte", "bancaire", "rib", "cuenta", "bancaria",
            "rekening", "rekeningnummer", "rachunek", "rachunku", "konta", "bankowy", "conta", "bancária", "nib",
            "account", "überweisung", "bonifico", "virement", "transferencia", "overboeking", "przelew",
            "transferência", "sepa");

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IBAN_CODE);
    }

    /**
     * Visits the words holding a digit ({@link DigitWords}) and turns most away on their first four characters before
     * anything is looked up.
     */
    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        char[] iban = null;
        DigitWords words = DigitWords.of(scan);
        // where the next IBAN may begin: past the last one found
        int next = 0;
        for (int k = 0; k < words.size(); k++) {
            int i = words.start(k);
            if (i + 3 >= len) {
                break;
            }
            if (i < next || !(isLetter(text.charAt(i)) && isLetter(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) || (i > 0 && ScanText.isLetterOrDigit(text.charAt(i - 1)))) {
                continue;
            }
            int expected = LENGTHS[countryIndex(text.charAt(i), text.charAt(i + 1))];
            if (expected == 0) {
                continue;
            }
            if (iban == null) {
                iban = new char[MAX_LENGTH];
            }
            int end = collect(text, i, expected, iban);
            if (end > 0 && Mod97.isValid(iban, expected)) {
                double score = BASE_SCORE;
                if (scan.hasContextAroundWord(words.word(k), end, CONTEXT, CONTEXT_WINDOW)) {
                    score = Math.min(1.0, score + CONTEXT_BOOST);
                }
                sink.add(new Finding(EntityType.IBAN_CODE, i, end, score, id()));
                next = end;
            }
        }
    }

    /**
     * Copies {@code length} alphanumerics starting at {@code start} into {@code out}, upper-cased, allowing one space
     * after each complete group of four; returns the end offset, or -1 when the text does not hold exactly that many
     * (a longer run of alphanumerics is some other code, not this IBAN).
     */
    private static int collect(String text, int start, int length, char[] out) {
        int len = text.length();
        int n = 0;
        int i = start;
        while (n < length) {
            if (i >= len) {
                return -1;
            }
            char c = text.charAt(i);
            if (isAlnum(c)) {
                out[n++] = upper(c);
                i++;
            } else if ((c == ' ' || c == '\u00a0') && n % 4 == 0 && i + 1 < len && isAlnum(text.charAt(i + 1))) {
                i++;
            } else {
                return -1;
            }
        }
        return i < len && ScanText.isLetterOrDigit(text.charAt(i)) ? -1 : i;
    }

    /** Index of a two-letter country code, in any case, in {@link #LENGTHS}. */
    private static int countryIndex(char first, char second) {
        return (upper(first) - 'A') * 26 + (upper(second) - 'A');
    }

    /** Upper case of an ASCII letter or digit. */
    private static char upper(char asciiAlnum) {
        return asciiAlnum >= 'a' ? (char) (asciiAlnum - ('a' - 'A')) : asciiAlnum;
    }

    /** IBAN length per {@link #countryIndex}, 0 for a code without IBANs: no String or map lookup per candidate. */
    private static byte[] lengths(String table) {
        byte[] lengths = new byte[26 * 26];
        for (String entry : table.split(" ")) {
            lengths[countryIndex(entry.charAt(0), entry.charAt(1))] = (byte) Integer.parseInt(entry.substring(2));
        }
        return lengths;
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
