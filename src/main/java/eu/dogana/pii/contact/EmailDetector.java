package eu.dogana.pii.contact;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Set;

/**
 * E-mail addresses ({@link EntityType#EMAIL_ADDRESS}). Triggered by {@code '@'}: the local part grows left over
 * RFC 5322 atom characters and dots, the domain right over LDH labels; the domain must have at least two labels
 * and end in an alphabetic top-level domain of 2–24 letters (or a {@code xn--} one). Quoted local parts and IP
 * literals are not recognised — they are vanishingly rare in prose.
 */
public final class EmailDetector implements Detector {

    private static final double BASE_SCORE = 0.85;
    private static final double CONTEXT_BOOST = 0.15;
    private static final int CONTEXT_WINDOW = 3;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    private static final ContextWords CONTEXT = ContextWords.of("email", "e-mail", "mail", "mailto", "courriel",
            "correo", "posta", "pec", "indirizzo", "adresse", "adres", "skrzynka", "endereço", "contact", "kontakt",
            "contatto", "contacto");

    @Override
    public String id() {
        return "email";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.EMAIL_ADDRESS);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int at = text.indexOf('@');
        int resumeAt = 0;
        while (at >= 0) {
            int start = localStart(text, at, resumeAt);
            int end = start < at ? domainEnd(text, at) : -1;
            if (end > 0) {
                double score = BASE_SCORE;
                if (scan.hasContext(start, end, CONTEXT, CONTEXT_WINDOW)) {
                    score = Math.min(1.0, score + CONTEXT_BOOST);
                }
                sink.add(new Finding(EntityType.EMAIL_ADDRESS, start, end, score, id()));
                resumeAt = end;
                at = text.indexOf('@', end);
            } else {
                at = text.indexOf('@', at + 1);
            }
        }
    }

    /** Start of the local part ending before {@code at}, or {@code at} when there is none. */
    private static int localStart(String text, int at, int floor) {
        int i = at;
        while (i > floor && at - i < MAX_LOCAL && isAtom(text.charAt(i - 1))) {
            i--;
        }
        // quotes, dots and other marks before an address are punctuation of the sentence, not part of it
        while (i < at && !isAlnum(text.charAt(i)) && text.charAt(i) != '_') {
            i++;
        }
        if (i < at && text.charAt(at - 1) == '.') {
            return at;
        }
        return i;
    }

    /** End of a valid domain after {@code at}, or -1. */
    private static int domainEnd(String text, int at) {
        int len = text.length();
        int i = at + 1;
        int labelStart = i;
        int lastLabelStart = -1;
        int lastLabelEnd = -1;
        int labels = 0;
        while (i < len && i - at <= MAX_DOMAIN) {
            char c = text.charAt(i);
            if (isLdh(c)) {
                i++;
                continue;
            }
            if (c == '.' && i > labelStart && i + 1 < len && isLdh(text.charAt(i + 1))) {
                if (!validLabel(text, labelStart, i)) {
                    break;
                }
                labels++;
                lastLabelStart = labelStart;
                lastLabelEnd = i;
                i++;
                labelStart = i;
                continue;
            }
            break;
        }
        if (i > labelStart) {
            if (!validLabel(text, labelStart, i)) {
                return -1;
            }
            labels++;
            lastLabelStart = labelStart;
            lastLabelEnd = i;
        }
        if (labels < 2 || !plausibleTld(text, lastLabelStart, lastLabelEnd)) {
            return -1;
        }
        // "user@example.com_x" or "…com@…" is something else; a quote or full stop after the TLD is punctuation
        if (lastLabelEnd < len) {
            char next = text.charAt(lastLabelEnd);
            if (ScanText.isLetterOrDigit(next) || next == '_' || next == '@') {
                return -1;
            }
        }
        return lastLabelEnd;
    }

    private static boolean validLabel(String text, int start, int end) {
        return end - start <= 63 && text.charAt(start) != '-' && text.charAt(end - 1) != '-';
    }

    private static boolean plausibleTld(String text, int start, int end) {
        int n = end - start;
        if (n >= 4 && text.regionMatches(true, start, "xn--", 0, 4)) {
            return true;
        }
        if (n < 2 || n > 24) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLdh(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** RFC 5322 atext plus the dot, restricted to what appears in real addresses. */
    private static boolean isAtom(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        return switch (c) {
            case '.', '_', '%', '+', '-', '\'', '!', '#', '$', '&', '*', '=', '?', '^', '`', '{', '|', '}', '~' -> true;
            default -> false;
        };
    }
}
