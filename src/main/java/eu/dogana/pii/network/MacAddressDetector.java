package eu.dogana.pii.network;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Set;

/**
 * MAC addresses ({@link EntityType#MAC_ADDRESS}) in the three usual notations: six pairs of hex digits separated by
 * colons ({@code 00:1A:2B:3C:4D:5E}) or dashes ({@code 00-1A-2B-3C-4D-5E}), one kind per address, and Cisco's three
 * dotted groups of four ({@code 001a.2b3c.4d5e}). An address with no hex letter at all could as well be a list of
 * numbers and scores lower; the Cisco form then needs context.
 */
public final class MacAddressDetector implements Detector {

    private static final double BASE_SCORE = 0.8;
    private static final double DIGITS_ONLY_SCORE = 0.4;
    private static final double CONTEXT_BOOST = 0.2;
    private static final int CONTEXT_WINDOW = 4;
    /** Hex digits in a group of the colon and dash notations, and of Cisco's dotted one. */
    private static final int PAIR = 2;
    private static final int QUAD = 4;
    /** No further group of a kind: larger than any offset, so that the nearest group of the others comes first. */
    private static final int NONE = Integer.MAX_VALUE;

    private static final ContextWords CONTEXT = ContextWords.of("mac", "mac-adresse", "ethernet", "hardware",
            "wlan", "wifi", "wi-fi", "bssid", "nic", "device", "gerät", "dispositivo", "appareil", "apparaat",
            "urządzenie", "lan", "bluetooth", "physical", "fisico", "physique", "físico");

    @Override
    public String id() {
        return "mac";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.MAC_ADDRESS);
    }

    /**
     * An address begins with a word of two hex digits followed by {@code ':'} or {@code '-'}, or of four followed by
     * {@code '.'}: those words are found from the separators, three vectorised {@link String#indexOf} searches over
     * the text, and visited in text order. No other word can start an address, so none other is looked at.
     */
    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        int colonStart = firstGroup(text, ':', PAIR, PAIR);
        int dashStart = firstGroup(text, '-', PAIR, PAIR);
        int dotStart = firstGroup(text, '.', QUAD, QUAD);
        int resumeAt = 0;
        while (true) {
            int i = Math.min(colonStart, Math.min(dashStart, dotStart));
            if (i == NONE || i + 14 > len) {
                return;
            }
            if (i == colonStart) {
                colonStart = firstGroup(text, ':', PAIR, i + PAIR + 1);
            } else if (i == dashStart) {
                dashStart = firstGroup(text, '-', PAIR, i + PAIR + 1);
            } else {
                dotStart = firstGroup(text, '.', QUAD, i + QUAD + 1);
            }
            if (i < resumeAt || (i > 0 && isGlued(text.charAt(i - 1)))) {
                continue;
            }
            int end = pairsEnd(text, i);
            if (end < 0) {
                end = ciscoEnd(text, i);
            }
            if (end < 0 || (end < len && (isGlued(text.charAt(end)) || continues(text, end)))) {
                continue;
            }
            boolean letters = false;
            for (int k = i; k < end && !letters; k++) {
                letters = Character.isLetter(text.charAt(k));
            }
            double score = letters ? BASE_SCORE : DIGITS_ONLY_SCORE;
            if (scan.hasContext(i, end, CONTEXT, CONTEXT_WINDOW)) {
                score = Math.min(1.0, score + CONTEXT_BOOST);
            }
            if (letters || end - i == 17 || score > DIGITS_ONLY_SCORE) {
                sink.add(new Finding(EntityType.MAC_ADDRESS, i, end, score, id()));
            }
            resumeAt = end;
        }
    }

    /**
     * Start of the first word of exactly {@code length} hex digits that is followed by {@code separator} found at or
     * after {@code from}; {@link #NONE} if there is none.
     */
    private static int firstGroup(String text, char separator, int length, int from) {
        for (int p = text.indexOf(separator, from); p >= 0; p = text.indexOf(separator, p + 1)) {
            int start = p - length;
            if (isHexWord(text, start, p)) {
                return start;
            }
        }
        return NONE;
    }

    /** Whether {@code text[start, end)} is a whole word (as {@link ScanText} splits words) of hex digits. */
    private static boolean isHexWord(String text, int start, int end) {
        for (int k = end - 1; k >= start; k--) {
            if (!Ipv6Parser.isHex(text.charAt(k))) {
                return false;
            }
        }
        return start == 0 || !ScanText.isWordChar(text.charAt(start - 1));
    }

    /** End of {@code XX?XX?XX?XX?XX?XX} with one separator ({@code :} or {@code -}) throughout, or -1. */
    private static int pairsEnd(String text, int start) {
        if (start + 17 > text.length()) {
            return -1;
        }
        char separator = text.charAt(start + 2);
        if (separator != ':' && separator != '-') {
            return -1;
        }
        for (int group = 0; group < 6; group++) {
            int p = start + group * 3;
            if (!Ipv6Parser.isHex(text.charAt(p)) || !Ipv6Parser.isHex(text.charAt(p + 1))
                    || (group < 5 && text.charAt(p + 2) != separator)) {
                return -1;
            }
        }
        return start + 17;
    }

    /** End of {@code XXXX.XXXX.XXXX}, or -1. */
    private static int ciscoEnd(String text, int start) {
        for (int group = 0; group < 3; group++) {
            int p = start + group * 5;
            for (int k = p; k < p + 4; k++) {
                if (!Ipv6Parser.isHex(text.charAt(k))) {
                    return -1;
                }
            }
            if (group < 2 && text.charAt(p + 4) != '.') {
                return -1;
            }
        }
        return start + 14;
    }

    /** Another separator and hex digit after the end: a longer sequence (IPv6, a hash, a dotted number). */
    private static boolean continues(String text, int end) {
        char c = text.charAt(end);
        return (c == ':' || c == '-' || c == '.') && end + 1 < text.length() && Ipv6Parser.isHex(text.charAt(end + 1));
    }

    private static boolean isGlued(char c) {
        return ScanText.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-';
    }
}
