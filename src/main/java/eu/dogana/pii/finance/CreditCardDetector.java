package eu.dogana.pii.finance;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.nationalid.Luhn;
import java.util.Set;

/**
 * Payment card numbers ({@link EntityType#CREDIT_CARD}): 12 to 19 digits, compact or grouped by single spaces or
 * dashes (one kind per number), whose prefix and length belong to a known issuer (Visa, Mastercard including the
 * 2-series, American Express, Discover, Diners Club, JCB, Maestro, UnionPay) and that pass Luhn. A number followed
 * by more digit groups ("4111 1111 1111 1111 2025") is cut at the longest group boundary that validates.
 */
public final class CreditCardDetector implements Detector {

    private static final double BASE_SCORE = 0.9;
    private static final double CONTEXT_BOOST = 0.1;
    private static final int CONTEXT_WINDOW = 4;
    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;
    private static final int MAX_GROUPS = 8;

    private static final ContextWords CONTEXT = ContextWords.of("card", "credit", "debit", "visa", "mastercard",
            "amex", "maestro", "kreditkarte", "karte", "kartennummer", "carta", "credito", "carte", "bancaire",
            "tarjeta", "kaart", "creditcard", "karta", "kredytowa", "cartão", "crédito", "cvv", "cvc", "pan");

    @Override
    public String id() {
        return "credit_card";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CREDIT_CARD);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        char[] digits = new char[MAX_DIGITS + 1];
        int[] groupEnds = new int[MAX_GROUPS];
        int[] groupDigits = new int[MAX_GROUPS];
        // a number begins a word with digits: only those are visited
        DigitWords words = DigitWords.of(scan);
        // where the next number may begin: past the last run of digit groups looked at
        int resumeAt = 0;
        for (int w = 0; w < words.size(); w++) {
            int i = words.start(w);
            if (i < resumeAt || !isDigit(text.charAt(i)) || (i > 0 && isBlockedBefore(text.charAt(i - 1)))) {
                continue;
            }
            int wordEnd = words.end(w);
            if ((words.flags(w) & ScanText.ALL_DIGITS) != 0 && wordEnd - i < MIN_DIGITS
                    && !continuesWithGroup(text, wordEnd)) {
                continue; // a lone number too short for a card: a year, an amount, a house number
            }
            int n = 0;
            int groups = 0;
            char separator = 0;
            int k = i;
            boolean overflow = false;
            while (true) {
                while (k < len && isDigit(text.charAt(k))) {
                    if (n > MAX_DIGITS) {
                        overflow = true;
                    } else {
                        digits[n] = text.charAt(k);
                    }
                    n++;
                    k++;
                }
                if (groups < MAX_GROUPS) {
                    groupEnds[groups] = k;
                    groupDigits[groups] = n;
                    groups++;
                }
                char next = k + 1 < len ? text.charAt(k) : 0;
                if ((next == ' ' || next == '-') && (separator == 0 || separator == next)
                        && isDigit(text.charAt(k + 1)) && n <= MAX_DIGITS && groups < MAX_GROUPS) {
                    separator = next;
                    k++;
                } else {
                    break;
                }
            }
            int runEnd = k;
            resumeAt = runEnd;
            if (runEnd < len && Character.isLetter(text.charAt(runEnd))) {
                continue;
            }
            // a single compact run longer than any card is some other number
            for (int g = overflow && groups == 1 ? -1 : groups - 1; g >= 0; g--) {
                int count = groupDigits[g];
                if (count >= MIN_DIGITS && count <= MAX_DIGITS && Issuer.accepts(digits, count)
                        && Luhn.isValid(digits, 0, count)) {
                    int end = groupEnds[g];
                    double score = BASE_SCORE;
                    if (scan.hasContextAroundWord(words.word(w), end, CONTEXT, CONTEXT_WINDOW)) {
                        score = Math.min(1.0, score + CONTEXT_BOOST);
                    }
                    sink.add(new Finding(EntityType.CREDIT_CARD, i, end, score, id()));
                    break;
                }
            }
        }
    }

    /** Whether a separator and another group of digits follow {@code end}, as the collecting loop reads them. */
    private static boolean continuesWithGroup(String text, int end) {
        char next = end + 1 < text.length() ? text.charAt(end) : 0;
        return (next == ' ' || next == '-') && isDigit(text.charAt(end + 1));
    }

    /** A digit glued to a letter, digit or decimal mark is part of something else. */
    private static boolean isBlockedBefore(char c) {
        return ScanText.isLetterOrDigit(c) || c == '.' || c == ',' || c == '_' || c == '-' || c == '/';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
