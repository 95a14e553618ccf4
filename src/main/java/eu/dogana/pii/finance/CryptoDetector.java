package eu.dogana.pii.finance;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Crypto-currency addresses ({@link EntityType#CRYPTO}): Bitcoin legacy P2PKH ({@code 1…}) and P2SH ({@code 3…})
 * with their base58check double-SHA-256 checksum, Bitcoin segwit ({@code bc1…}) with the bech32/bech32m checksum,
 * and Ethereum {@code 0x} + 40 hex digits. An Ethereum address in mixed case carries the EIP-55 checksum and must
 * pass it; one in a single case usually carries none and scores as a format match only.
 */
public final class CryptoDetector implements Detector {

    private static final double CHECKSUM_SCORE = 0.95;
    private static final double FORMAT_SCORE = 0.6;
    private static final double CONTEXT_BOOST = 0.3;
    private static final int CONTEXT_WINDOW = 4;
    private static final int ETH_HEX = 40;
    /** The shortest address: a segwit one ({@code bc1…}, at least 14 characters); the others are longer. */
    private static final int MIN_LENGTH = 14;

    private static final ContextWords CONTEXT = ContextWords.of("bitcoin", "btc", "ethereum", "eth", "ether",
            "wallet", "crypto", "krypto", "cripto", "portafoglio", "portefeuille", "cartera", "portemonnee",
            "portfel", "carteira", "address", "adresse", "indirizzo", "dirección", "adres", "endereço", "usdt",
            "usdc", "send", "senden", "inviare", "envoyer", "enviar", "sturen", "wyślij");

    @Override
    public String id() {
        return "crypto";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CRYPTO);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        // every address holds a digit ("1…", "3…", "bc1…", "0x…"): only words with digits are visited
        DigitWords words = DigitWords.of(scan);
        int resumeAt = 0;
        for (int w = 0; w < words.size(); w++) {
            int i = words.start(w);
            int wordEnd = words.end(w);
            // a word of ASCII letters and digits is the whole token: shorter than any address, it is turned away at once
            boolean ascii = (words.flags(w) & ScanText.ALL_ASCII) != 0;
            if (i < resumeAt || (ascii && wordEnd - i < MIN_LENGTH)) {
                continue;
            }
            char c = text.charAt(i);
            if ((c != '1' && c != '3' && c != '0' && c != 'b' && c != 'B')
                    || (i > 0 && ScanText.isLetterOrDigit(text.charAt(i - 1)))) {
                continue;
            }
            int end = ascii ? wordEnd : asciiAlnumEnd(text, i + 1);
            resumeAt = end;
            if (end < len && ScanText.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            double score = score(text, i, end);
            if (score > 0) {
                if (scan.hasContextAroundWord(words.word(w), end, CONTEXT, CONTEXT_WINDOW)) {
                    score = Math.min(1.0, score + CONTEXT_BOOST);
                }
                sink.add(new Finding(EntityType.CRYPTO, i, end, score, id()));
            }
        }
    }

    private static int asciiAlnumEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isAsciiAlnum(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The base score of the alphanumeric token {@code text[start, end)} as an address, 0 when it is none. */
    private static double score(String text, int start, int end) {
        int length = end - start;
        char c = text.charAt(start);
        if (c == '0') {
            return length == 2 + ETH_HEX && (text.charAt(start + 1) == 'x' || text.charAt(start + 1) == 'X')
                    ? ethereum(text, start + 2, end) : 0;
        }
        if (c == 'b' || c == 'B') {
            return length >= 14 && text.regionMatches(true, start, "bc1", 0, 3)
                    && Bech32.isValidSegwit(text, start, end) ? CHECKSUM_SCORE : 0;
        }
        if (length < 26 || length > 35) {
            return 0;
        }
        int version = Base58Check.version(text, start, end);
        return (c == '1' && version == 0x00) || (c == '3' && version == 0x05) ? CHECKSUM_SCORE : 0;
    }

    private static double ethereum(String text, int start, int end) {
        boolean lower = false;
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'f') {
                lower = true;
            } else if (c >= 'A' && c <= 'F') {
                upper = true;
            } else if (c < '0' || c > '9') {
                return 0;
            }
        }
        // a single-case address carries no checksum unless it happens to equal its own checksummed form
        boolean mixed = lower && upper;
        String hex = text.substring(start, end);
        byte[] hash = Keccak256.digest(hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < ETH_HEX; i++) {
            char c = hex.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            int nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0xf;
            if ((nibble >= 8) != (c >= 'A' && c <= 'F')) {
                return mixed ? 0 : FORMAT_SCORE;
            }
        }
        return CHECKSUM_SCORE;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
