package eu.dogana.pii.contact;

import eu.dogana.pii.Colons;
import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Arrays;
import java.util.Set;

/**
 * URLs ({@link EntityType#URL}) in three shapes, most certain first: with a scheme ({@code http}, {@code https},
 * {@code ftp}, {@code ftps}, followed by {@code ://} and a host), starting with {@code www.}, and bare domains
 * followed by a path ({@code example.com/path}). The bare form is where prose goes wrong ("and/or", "km/h",
 * "3.5/10"), so it needs a top-level domain from a fixed list of common generic and European ones and a non-empty
 * path. Trailing sentence punctuation and an unbalanced closing bracket are not part of the URL.
 */
public final class UrlDetector implements Detector {

    private static final double SCHEME_SCORE = 0.8;
    private static final double WWW_SCORE = 0.75;
    private static final double BARE_SCORE = 0.55;
    private static final double CONTEXT_BOOST = 0.2;
    private static final int CONTEXT_WINDOW = 3;
    private static final int MAX_SCHEME = 5;

    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ftps");

    private static final Set<String> BARE_TLDS = Set.of("com", "net", "org", "info", "biz", "io", "eu", "gov", "edu",
            "app", "dev", "ai", "co", "me", "tv", "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de",
            "gr", "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li",
            "no", "ch", "uk");

    private static final ContextWords CONTEXT = ContextWords.of("url", "link", "website", "web", "site", "homepage",
            "webseite", "sito", "sitio", "enlace", "lien", "strona", "pagina", "página", "seite", "visit", "besuchen",
            "visita", "visitez", "profil", "profile", "profilo", "perfil");

    @Override
    public String id() {
        return "url";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.URL);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        int floor = 0;
        Triggers triggers = new Triggers(text, Colons.of(scan));
        for (int i = triggers.next(0); i < len; i = triggers.next(i + 1)) {
            char c = text.charAt(i);
            int start = -1;
            int hostStart = -1;
            double base = 0;
            if (c == ':' && text.startsWith("//", i + 1)) {
                start = schemeStart(text, i, floor);
                hostStart = i + 3;
                base = SCHEME_SCORE;
            } else if ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4)
                    && (i == floor || !isHostChar(text.charAt(i - 1)))) {
                start = i;
                hostStart = i;
                base = WWW_SCORE;
            } else if (c == '/' && i + 1 < len && isPathChar(text.charAt(i + 1))) {
                start = bareDomainStart(text, i, floor);
                hostStart = start;
                base = BARE_SCORE;
            }
            if (start < 0) {
                continue;
            }
            int hostEnd = hostEnd(text, hostStart);
            if (hostEnd < 0 || (base == BARE_SCORE && hostEnd != i)) {
                continue;
            }
            int end = trimEnd(text, start, urlEnd(text, hostEnd));
            double score = base;
            if (scan.hasContext(start, end, CONTEXT, CONTEXT_WINDOW)) {
                score = Math.min(1.0, score + CONTEXT_BOOST);
            }
            sink.add(new Finding(EntityType.URL, start, end, score, id()));
            floor = end;
            i = end - 1;
        }
    }

    /**
     * The characters where a URL can be recognised: the {@code :} of {@code ://}, the {@code w} of {@code www.} and
     * the {@code /} after a bare domain. Each is found with {@link String#indexOf(int, int)}, which skips the text
     * between them far faster than testing every character; the colons, which other detectors look for too, are
     * found once per text ({@link Colons}).
     *
     * <p>Cost: one {@code indexOf} per occurrence of each of the three other characters, so about one pass over the
     * text per character searched, each pass vectorised.
     */
    private static final class Triggers {

        private static final char[] CHARS = {'/', 'w', 'W'};

        private final String text;
        private final Colons colons;
        private int nextColon = -1;
        // per trigger character: its next occurrence found so far, text.length() when there is none
        private final int[] next = new int[CHARS.length];

        Triggers(String text, Colons colons) {
            this.text = text;
            this.colons = colons;
            Arrays.fill(next, -1);
        }

        /** The first position from {@code from} on holding a trigger character; the text length if there is none. */
        int next(int from) {
            if (nextColon < from) {
                nextColon = colons.next(from);
            }
            int first = nextColon;
            for (int k = 0; k < CHARS.length; k++) {
                if (next[k] < from) {
                    int at = text.indexOf(CHARS[k], from);
                    next[k] = at < 0 ? text.length() : at;
                }
                first = Math.min(first, next[k]);
            }
            return first;
        }
    }

    /** Start of a known scheme ending at {@code colon}, or -1. */
    private static int schemeStart(String text, int colon, int floor) {
        int s = colon;
        while (s > floor && colon - s < MAX_SCHEME && isAsciiLetter(text.charAt(s - 1))) {
            s--;
        }
        if (s == colon || (s > floor && isHostChar(text.charAt(s - 1)))) {
            return -1;
        }
        return SCHEMES.contains(text.substring(s, colon).toLowerCase(java.util.Locale.ROOT)) ? s : -1;
    }

    /** Start of a bare domain ending at the slash {@code slash}, or -1 when there is none with a listed TLD. */
    private static int bareDomainStart(String text, int slash, int floor) {
        int s = slash;
        while (s > floor && isHostChar(text.charAt(s - 1))) {
            s--;
        }
        if (s == slash || (s > floor && isBlockedBefore(text.charAt(s - 1)))) {
            return -1;
        }
        int dot = text.lastIndexOf('.', slash - 1);
        if (dot < s) {
            return -1;
        }
        String tld = text.substring(dot + 1, slash).toLowerCase(java.util.Locale.ROOT);
        return BARE_TLDS.contains(tld) ? s : -1;
    }

    /**
     * End of a host of at least two LDH labels with an alphabetic TLD (or an IPv4 literal), optionally with a port;
     * -1 when there is none.
     */
    private static int hostEnd(String text, int start) {
        int len = text.length();
        int i = start;
        int labels = 0;
        int labelStart = start;
        boolean lastAlpha = false;
        while (true) {
            boolean alpha = true;
            while (i < len && isHostChar(text.charAt(i)) && text.charAt(i) != '.') {
                alpha &= isAsciiLetter(text.charAt(i));
                i++;
            }
            if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                return -1;
            }
            labels++;
            lastAlpha = alpha && i - labelStart >= 2;
            if (i + 1 < len && text.charAt(i) == '.' && isHostChar(text.charAt(i + 1)) && text.charAt(i + 1) != '.') {
                i++;
                labelStart = i;
            } else {
                break;
            }
        }
        if (labels < 2 || (!lastAlpha && labels != 4)) {
            return -1;
        }
        if (i + 1 < len && text.charAt(i) == ':' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < len && isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int urlEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isPathChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Drops trailing punctuation and closing brackets that have no opening partner inside the URL. */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*') {
                e--;
            } else if ((c == ')' && !balanced(text, start, e, '(', ')'))
                    || (c == ']' && !balanced(text, start, e, '[', ']'))) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean balanced(String text, int start, int end, char open, char close) {
        int depth = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth >= 0;
    }

    private static boolean isBlockedBefore(char c) {
        return c == '@' || c == ':' || c == '/' || c == '.' || c == '_' || ScanText.isLetterOrDigit(c);
    }

    private static boolean isPathChar(char c) {
        if (c <= ' ' || c == 0x7f) {
            return false;
        }
        if (c >= 0x80) {
            return ScanText.isLetterOrDigit(c);
        }
        return switch (c) {
            case '"', '<', '>', '\\', '^', '`', '{', '|', '}' -> false;
            default -> true;
        };
    }

    private static boolean isHostChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '-' || c == '.';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
