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
     * {@code '.'}: only the words made of hex digits ({@link ScanText#ALL_HEX}, one in eight on prose) are visited, in
     * text order, and of those only the ones of that length and separator are looked at further. No other word can
     * start an address. (Searching the text for the three separators instead, with {@link String#indexOf}, stopped at
     * every full stop of the prose and cost about 1.5 µs more per dense 4 KB prompt.)
     */
    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        int count = scan.wordCount();
        int resumeAt = 0;
        for (int w = scan.nextWordWithAny(0, ScanText.ALL_HEX); w < count;
                w = scan.nextWordWithAny(w + 1, ScanText.ALL_HEX)) {
            int i = scan.wordStart(w);
            if (i + 14 > len) {
                return;
            }
            if (!isFirstGroup(text, i, scan.wordEnd(w)) || i < resumeAt
                    || (i > 0 && isGlued(text.charAt(i - 1)))) {
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
     * Whether the hex word {@code text[start, end)}, at least 14 characters before the text's end, can be an address's
     * first group: two digits followed by {@code ':'} or {@code '-'}, or four followed by {@code '.'}.
     */
    private static boolean isFirstGroup(String text, int start, int end) {
        return switch (end - start) {
            case PAIR -> text.charAt(end) == ':' || text.charAt(end) == '-';
            case QUAD -> text.charAt(end) == '.';
            default -> false;
        };
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
