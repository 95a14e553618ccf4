package eu.dogana.pii.finance;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.finance.VatNumberRules.Result;
import java.util.Set;

/**
 * EU VAT identification numbers with their country prefix ({@link EntityType#EU_VAT_NUMBER}): the upper-case code of
 * one of the 27 member states ({@code EL} for Greece), optionally a space or dash, then the national number in that
 * state's format, compact or grouped by single spaces, dots or dashes ("DE 136 695 976", "BE 0403.019.261"). Check
 * digits are verified wherever {@link VatNumberRules} knows them; a number of the right shape whose state we cannot
 * check scores lower and needs context to be trusted.
 *
 * <p>An Italian partita IVA without its {@code IT} prefix is {@link EntityType#IT_VAT_CODE}, another detector's job.
 */
public final class EuVatDetector implements Detector {

    private static final double CHECKSUM_SCORE = 0.9;
    private static final double FORMAT_SCORE = 0.5;
    private static final double CONTEXT_BOOST = 0.3;
    private static final int CONTEXT_WINDOW = 5;
    private static final int MAX_BODY = 12;
    private static final int MAX_CUTS = 8;
    /**
     * Every state's national part holds a digit among its first three characters ({@link VatNumberRules#check}),
     * which with the prefix, its separator and one separator between groups lie within 2 + 1 + 3 + 2 = 8 characters of
     * the start; a little more is allowed.
     */
    private static final int DIGIT_REACH = 12;

    private static final ContextWords CONTEXT = ContextWords.of("vat", "ust", "ustid", "ust-idnr", "idnr",
            "umsatzsteuer", "umsatzsteuer-identifikationsnummer", "uid", "mwst", "partita", "iva", "tva",
            "intracommunautaire", "nif", "cif", "btw", "btw-nummer", "nip", "vies", "moms", "alv", "dph", "dic",
            "fpa", "afm", "pvn", "pvm", "áfa", "ddv", "tax", "steuernummer", "intracomunitario");

    @Override
    public String id() {
        return "eu_vat";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.EU_VAT_NUMBER);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        char[] body = new char[MAX_BODY];
        int[] cutLength = new int[MAX_CUTS];
        int[] cutEnd = new int[MAX_CUTS];
        // a VAT number begins a word (its body may be the next one: "DE 123456789"), and holds a digit within
        // DIGIT_REACH characters of its start: only the words a little before a word with a digit are tried
        int words = scan.wordCount();
        DigitWords digits = DigitWords.of(scan);
        int d = 0;
        for (int w = 0; w < words; ) {
            while (d < digits.size() && digits.word(d) < w) {
                d++;
            }
            if (d == digits.size()) {
                return;
            }
            int digitWord = digits.word(d);
            int digitStart = digits.start(d);
            int i = scan.wordStart(w);
            if (digitStart - i >= DIGIT_REACH) {
                int v = digitWord;
                while (v - 1 > w && digitStart - scan.wordStart(v - 1) < DIGIT_REACH) {
                    v--;
                }
                w = v;
                continue;
            }
            if (i + 3 >= len) {
                return;
            }
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (!(isUpper(a) && isUpper(b)) || (i > 0 && ScanText.isLetterOrDigit(text.charAt(i - 1)))
                    || !VatNumberRules.isMemberState(a, b)) {
                w++;
                continue;
            }
            int k = i + 2;
            if (k + 1 < len && (text.charAt(k) == ' ' || text.charAt(k) == '-') && isBodyChar(text.charAt(k + 1))) {
                k++;
            }
            int bodyLength = 0;
            int cuts = 0;
            boolean tooLong = false;
            while (k < len && isBodyChar(text.charAt(k))) {
                while (k < len && isBodyChar(text.charAt(k))) {
                    if (bodyLength == MAX_BODY) {
                        tooLong = true;
                        break;
                    }
                    body[bodyLength++] = text.charAt(k);
                    k++;
                }
                if (tooLong || cuts == MAX_CUTS) {
                    break;
                }
                cutLength[cuts] = bodyLength;
                cutEnd[cuts] = k;
                cuts++;
                char next = k + 1 < len ? text.charAt(k) : 0;
                if ((next == ' ' || next == '.' || next == '-') && isBodyChar(text.charAt(k + 1))) {
                    k++;
                } else {
                    break;
                }
            }
            String country = null;
            int matchedEnd = -1;
            Result result = Result.INVALID;
            for (int c = cuts - 1; c >= 0 && matchedEnd < 0; c--) {
                int end = cutEnd[c];
                if ((end < len && ScanText.isLetterOrDigit(text.charAt(end)))
                        || !VatNumberRules.acceptsLength(a, b, cutLength[c])) {
                    continue;
                }
                if (country == null) {
                    country = text.substring(i, i + 2);
                }
                result = VatNumberRules.check(country, new String(body, 0, cutLength[c]));
                if (result != Result.INVALID) {
                    matchedEnd = end;
                }
            }
            if (matchedEnd > 0) {
                double score = result == Result.CHECKSUM ? CHECKSUM_SCORE : FORMAT_SCORE;
                if (scan.hasContext(i, matchedEnd, CONTEXT, CONTEXT_WINDOW)) {
                    score = Math.min(1.0, score + CONTEXT_BOOST);
                }
                sink.add(new Finding(EntityType.EU_VAT_NUMBER, i, matchedEnd, score, id()));
                // on from the first word starting at or after the number's end
                while (w < words && scan.wordStart(w) < matchedEnd) {
                    w++;
                }
            } else {
                // the word is at least the two letters long: on from the next one
                w++;
            }
        }
    }

    private static boolean isBodyChar(char c) {
        return (c >= '0' && c <= '9') || isUpper(c) || c == '+' || c == '*';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
