package eu.dogana.pii.network;

import eu.dogana.pii.Colons;
import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Set;

/**
 * IP addresses ({@link EntityType#IP_ADDRESS}). IPv4: a dotted quad with octets 0–255 that is not part of a longer
 * dotted number ("1.2.3.4.5", "10.0.0.1.2") and not introduced as a version ("version 1.2.3.4"). IPv6: a run of hex
 * digits, colons and dots around a {@code ':'} with at least two colons, accepted when {@link Ipv6Parser} parses it
 * (compressed {@code ::} forms and an embedded IPv4 tail included).
 */
public final class IpAddressDetector implements Detector {

    private static final double V4_SCORE = 0.7;
    private static final double V6_SCORE = 0.85;
    private static final double CONTEXT_BOOST = 0.2;
    private static final int CONTEXT_WINDOW = 4;

    private static final ContextWords CONTEXT = ContextWords.of("ip", "ipv4", "ipv6", "ip-adresse", "address",
            "adresse", "indirizzo", "dirección", "direccion", "adres", "endereço", "server", "host", "client",
            "gateway", "dns", "router", "login", "zugriff", "accesso", "connexion", "conexión");

    private static final ContextWords VERSION = ContextWords.of("version", "versione", "versión", "versie", "wersja",
            "versão", "release", "build", "ver", "firmware", "v");

    @Override
    public String id() {
        return "ip";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IP_ADDRESS);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        // IPv4 starts a word of digits; IPv6 is looked for around each colon. Both in text order, each candidate
        // starting after the previous one's end.
        int len = text.length();
        int next = 0;
        Colons colons = Colons.of(scan);
        int colon = colons.next(0);
        DigitWords words = DigitWords.of(scan);
        int k = 0;
        while (colon < len || k < words.size()) {
            int v4 = k < words.size() ? words.start(k) : Integer.MAX_VALUE;
            if (colon < v4) {
                if (colon >= next) {
                    next = ipv6(scan, sink, colon);
                }
                colon = colons.next(Math.max(colon + 1, next));
                continue;
            }
            boolean quadStart = startsDottedQuad(text, words.flags(k), v4, words.end(k));
            k++;
            // a word that cannot start a dotted quad is passed over: the run it begins holds no address, and no
            // later candidate inside that run could start one either (a '.' stands before each)
            if (quadStart && v4 >= next && (v4 == 0 || !isBlockedBeforeV4(text.charAt(v4 - 1)))) {
                next = ipv4(scan, sink, v4, words.word(k - 1));
            }
        }
    }

    /**
     * Whether the word {@code text[start, end)} could be an address's first octet, as {@link Ipv4Parser} reads it:
     * one to three ASCII digits followed by a dot.
     */
    private static boolean startsDottedQuad(String text, int flags, int start, int end) {
        return (flags & ScanText.ALL_DIGITS) != 0 && end - start <= 3 && end < text.length() && text.charAt(end) == '.';
    }

    /** A dotted quad at {@code start}, where word {@code word} begins. */
    private int ipv4(ScanText scan, FindingSink sink, int start, int word) {
        String text = scan.text();
        int len = text.length();
        int end = Ipv4Parser.octetsEnd(text, start, len);
        if (end < 0) {
            return skipDotted(text, start);
        }
        boolean longer = end < len && (ScanText.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || (text.charAt(end) == '.' && end + 1 < len && Character.isDigit(text.charAt(end + 1))));
        if (longer || (end < len && text.charAt(end) == ':' && end + 1 < len && text.charAt(end + 1) == ':')) {
            return skipDotted(text, start);
        }
        if (!scan.hasContextBeforeWord(word, VERSION, 2)) {
            double score = V4_SCORE;
            if (scan.hasContextAroundWord(word, end, CONTEXT, CONTEXT_WINDOW)) {
                score = Math.min(1.0, score + CONTEXT_BOOST);
            }
            sink.add(new Finding(EntityType.IP_ADDRESS, start, end, score, id()));
        }
        return end;
    }

    /** Scans the run of hex digits, colons and dots around the colon at {@code colon}. */
    private int ipv6(ScanText scan, FindingSink sink, int colon) {
        String text = scan.text();
        int len = text.length();
        int start = colon;
        while (start > 0 && isV6Char(text.charAt(start - 1))) {
            start--;
        }
        int end = colon + 1;
        while (end < len && isV6Char(text.charAt(end))) {
            end++;
        }
        int runEnd = end;
        if (end < len && isWordChar(text.charAt(end))) {
            return skipWord(text, runEnd);
        }
        if (start > 0 && isWordChar(text.charAt(start - 1))) {
            // "IPv6:2001:db8::1": a single colon after a word is the text's punctuation; "std::x" is code
            int first = text.indexOf(':', start);
            if (first + 1 >= end || text.charAt(first + 1) == ':') {
                return runEnd;
            }
            start = first + 1;
        }
        // sentence punctuation after an address: "… fe80::1." or "… fe80::1:"
        while (end > colon + 1 && text.charAt(end - 1) == '.') {
            end--;
        }
        if (end - 2 > start && text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
            end--;
        }
        int colons = 0;
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == ':') {
                colons++;
            }
        }
        if (colons >= 2 && Ipv6Parser.isValid(text, start, end)) {
            report(scan, sink, start, end, V6_SCORE);
        }
        return runEnd;
    }

    private void report(ScanText scan, FindingSink sink, int start, int end, double base) {
        double score = base;
        if (scan.hasContext(start, end, CONTEXT, CONTEXT_WINDOW)) {
            score = Math.min(1.0, score + CONTEXT_BOOST);
        }
        sink.add(new Finding(EntityType.IP_ADDRESS, start, end, score, id()));
    }

    /** Past the whole dotted-number run, so that its tail ("2.3.4.5" of "1.2.3.4.5") is not tried again. */
    private static int skipDotted(String text, int from) {
        int i = from;
        while (i < text.length() && (ScanText.isLetterOrDigit(text.charAt(i))
                || (text.charAt(i) == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    private static int skipWord(String text, int from) {
        int i = from;
        while (i < text.length() && (isWordChar(text.charAt(i)) || isV6Char(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isBlockedBeforeV4(char c) {
        return ScanText.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    private static boolean isV6Char(char c) {
        return Ipv6Parser.isHex(c) || c == ':' || c == '.';
    }

    private static boolean isWordChar(char c) {
        return ScanText.isLetterOrDigit(c) || c == '_';
    }
}
