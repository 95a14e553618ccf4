package eu.dogana.pii.secret;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.Folding;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.secret.TokenShape.Alphabet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Credentials ({@link EntityType#SECRET}), in falling order of certainty:
 * <ul>
 *   <li>PEM private-key blocks, {@code -----BEGIN … PRIVATE KEY-----} to the matching {@code END} line;</li>
 *   <li>JSON web tokens: three base64url parts whose header decodes to a JSON object with an {@code "alg"};</li>
 *   <li>API tokens with a vendor prefix: AWS access key ids, GitHub, GitLab, Slack, OpenAI, Stripe, Google, and our
 *       own {@code dg_} keys;</li>
 *   <li>{@code key = value} / {@code key: value} pairs whose key names a password or secret in one of our languages
 *       ({@code password}, {@code pwd}, {@code Passwort}, {@code contraseña}, {@code mot de passe}, {@code hasło},
 *       {@code senha}, {@code wachtwoord}, {@code api_key}, {@code client_secret} …) — the value is the span;</li>
 *   <li>a long, high-entropy run of base64/hex characters, but only right after a key-like word ("token",
 *       "Bearer", "secret", "Schlüssel" …): alone, such strings are as often hashes and ids as they are keys.</li>
 * </ul>
 *
 * <p>Cost: the rules are tried only at the {@link CandidatePositions}: each {@code '='} and {@code ':'}, each PEM or
 * JSON web token opening, and the places in the few long runs of token characters holding a digit where a token can
 * begin. Prose pays three vectorised {@link String#indexOf} searches for single characters, the colons the detectors
 * share ({@link eu.dogana.pii.Colons}) and a look at each word with a digit ({@link eu.dogana.pii.DigitWords}),
 * instead of a test of every character; about 4 µs CPU per dense 4 KB prompt (was 35-60 µs when every character was
 * visited).
 */
public final class SecretDetector implements Detector {

    private static final double PEM_SCORE = 1.0;
    private static final double JWT_SCORE = 0.95;
    private static final double KEY_VALUE_SCORE = 0.85;
    private static final double ENTROPY_SCORE = 0.7;
    private static final int MAX_VALUE = 256;
    private static final int MIN_ENTROPY_RUN = 20;
    private static final int MAX_ENTROPY_RUN = 512;
    private static final double MIN_BITS_PER_CHAR = 3.5;

    private static final List<TokenShape> SHAPES = List.of(
            new TokenShape("AKIA", Alphabet.UPPER_DIGITS, 16, 16, 0.9),
            new TokenShape("ASIA", Alphabet.UPPER_DIGITS, 16, 16, 0.9),
            new TokenShape("AIza", Alphabet.BASE64URL, 35, 35, 0.9),
            new TokenShape("ghp_", Alphabet.ALNUM, 36, 40, 0.95),
            new TokenShape("gho_", Alphabet.ALNUM, 36, 40, 0.95),
            new TokenShape("ghu_", Alphabet.ALNUM, 36, 40, 0.95),
            new TokenShape("ghs_", Alphabet.ALNUM, 36, 40, 0.95),
            new TokenShape("ghr_", Alphabet.ALNUM, 36, 40, 0.95),
            new TokenShape("github_pat_", Alphabet.ALNUM_UNDERSCORE, 22, 255, 0.95),
            new TokenShape("glpat-", Alphabet.BASE64URL, 20, 64, 0.95),
            new TokenShape("xoxb-", Alphabet.ALNUM_DASH, 10, 255, 0.9),
            new TokenShape("xoxp-", Alphabet.ALNUM_DASH, 10, 255, 0.9),
            new TokenShape("xoxa-", Alphabet.ALNUM_DASH, 10, 255, 0.9),
            new TokenShape("xoxr-", Alphabet.ALNUM_DASH, 10, 255, 0.9),
            new TokenShape("xoxs-", Alphabet.ALNUM_DASH, 10, 255, 0.9),
            new TokenShape("xapp-", Alphabet.ALNUM_DASH, 10, 255, 0.9),
            new TokenShape("sk_live_", Alphabet.ALNUM, 16, 255, 0.95),
            new TokenShape("rk_live_", Alphabet.ALNUM, 16, 255, 0.95),
            new TokenShape("sk-", Alphabet.BASE64URL, 20, 255, 0.85),
            new TokenShape("dg_", Alphabet.BASE64URL, 40, 64, 0.95));

    /** Last component of a key that names a password or secret, folded ("ł" has no decomposition: "hasło" stays). */
    private static final Set<String> SECRET_KEYS = Set.of("password", "passwort", "passwd", "pwd", "pass",
            "passphrase", "kennwort", "contrasena", "clave", "wachtwoord", "haslo", "senha", "secret", "token",
            "apikey", "mdp", "credentials", "hasło", "pw", "pswd", "passcode", "geheimnis", "segreto", "secreto", "sleutel");

    /** Components that make a following {@code key} a secret key: api_key, secret-key, private_key … */
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "access", "private", "auth", "client",
            "signing", "encryption", "master");

    private static final ContextWords KEY_LIKE = ContextWords.of("token", "bearer", "secret", "key", "apikey", "api",
            "authorization", "credential", "credentials", "schlüssel", "chiave", "clé", "clave", "sleutel", "klucz",
            "chave", "password", "passwort", "passphrase");

    @Override
    public String id() {
        return "secret";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.SECRET);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int len = text.length();
        CandidatePositions candidates = new CandidatePositions(scan);
        int covered = 0;
        int[] counts = null;
        for (int i = candidates.next(0); i < len; i = candidates.next(i + 1)) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                covered = Math.max(covered, keyValue(text, i, sink));
                continue;
            }
            if (i < covered || (i > 0 && isTokenChar(text.charAt(i - 1)))) {
                continue;
            }
            int end = -1;
            double score = 0;
            if (c == '-' && text.startsWith("-----BEGIN ", i)) {
                int blockEnd = pemEnd(text, i);
                if (!isPrivateKeyHeader(text, i)) {
                    // certificates and public keys are meant to be shared; skip their bodies altogether
                    covered = blockEnd;
                    i = blockEnd - 1;
                    continue;
                }
                end = blockEnd;
                score = PEM_SCORE;
            } else if (c == 'e' && text.startsWith("eyJ", i)) {
                end = jwtEnd(text, i);
                score = JWT_SCORE;
            } else if (startsToken(c)) {
                for (TokenShape shape : SHAPES) {
                    if (shape.prefix().charAt(0) == c && text.startsWith(shape.prefix(), i)) {
                        end = shape.end(text, i);
                        score = shape.score();
                        break;
                    }
                }
            }
            if (end > 0 && (end == len || !isTokenChar(text.charAt(end)))) {
                sink.add(new Finding(EntityType.SECRET, i, end, score, id()));
                covered = end;
                i = end - 1;
                continue;
            }
            if (isBase64(c) && (i == 0 || !isBase64(text.charAt(i - 1)))) {
                if (counts == null) {
                    counts = new int[128];
                }
                int runEnd = highEntropyRun(scan, i, counts);
                if (runEnd > 0) {
                    sink.add(new Finding(EntityType.SECRET, i, runEnd, ENTROPY_SCORE, id()));
                    covered = runEnd;
                    i = runEnd - 1;
                }
            }
        }
    }

    private static boolean startsToken(char c) {
        return switch (c) {
            case '-', 'e', 'A', 'g', 'x', 's', 'r', 'd' -> true;
            default -> false;
        };
    }

    /** Whether the PEM header at {@code start} announces a private key ("RSA PRIVATE KEY", "PGP PRIVATE KEY BLOCK" …). */
    private static boolean isPrivateKeyHeader(String text, int start) {
        int headerEnd = text.indexOf("-----", start + 11);
        if (headerEnd < 0 || headerEnd - start > 80) {
            return false;
        }
        int key = text.indexOf("PRIVATE KEY", start + 11);
        return key >= 0 && key < headerEnd;
    }

    /** End of the PEM block starting at {@code start}: its END line, or where a truncated body stops. */
    private static int pemEnd(String text, int start) {
        int headerEnd = text.indexOf("-----", start + 11);
        if (headerEnd < 0) {
            return start + 11;
        }
        int footer = text.indexOf("-----END ", headerEnd + 5);
        if (footer >= 0) {
            int footerEnd = text.indexOf("-----", footer + 9);
            if (footerEnd >= 0) {
                return footerEnd + 5;
            }
        }
        // a truncated block: the key material runs to the first character that cannot be base64 or a line break
        int i = headerEnd + 5;
        while (i < text.length() && isPemBodyChar(text.charAt(i))) {
            i++;
        }
        while (i > headerEnd + 5 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isPemBodyChar(char c) {
        return isBase64(c) || c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ':' || c == ',' || c == '-';
    }

    /** End of a JWT starting at {@code start}, or -1; checks that the header is JSON naming an algorithm. */
    private static int jwtEnd(String text, int start) {
        int headerEnd = base64UrlEnd(text, start);
        if (headerEnd - start < 10 || headerEnd >= text.length() || text.charAt(headerEnd) != '.') {
            return -1;
        }
        int payloadEnd = base64UrlEnd(text, headerEnd + 1);
        if (payloadEnd - headerEnd - 1 < 4 || payloadEnd >= text.length() || text.charAt(payloadEnd) != '.') {
            return -1;
        }
        int signatureEnd = base64UrlEnd(text, payloadEnd + 1);
        if (!headerNamesAlgorithm(text.substring(start, headerEnd))) {
            return -1;
        }
        return signatureEnd;
    }

    private static boolean headerNamesAlgorithm(String header) {
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(header);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String decoded = new String(json, StandardCharsets.UTF_8).strip();
        return decoded.startsWith("{") && decoded.endsWith("}") && decoded.contains("\"alg\"");
    }

    private static int base64UrlEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isBase64Url(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * At a {@code '='} or {@code ':'}: if the identifier before it names a secret, reports the value after it and
     * returns its end; otherwise returns 0.
     */
    private int keyValue(String text, int separator, FindingSink sink) {
        int keyEnd = separator;
        while (keyEnd > 0 && (text.charAt(keyEnd - 1) == ' ' || text.charAt(keyEnd - 1) == '\t'
                || text.charAt(keyEnd - 1) == '"' || text.charAt(keyEnd - 1) == '\'')) {
            keyEnd--;
        }
        if (separator - keyEnd > 4) {
            return 0;
        }
        int keyStart = keyEnd;
        while (keyStart > 0 && keyEnd - keyStart < 64 && isKeyChar(text.charAt(keyStart - 1))) {
            keyStart--;
        }
        if (keyStart == keyEnd || !namesSecret(text, keyStart, keyEnd)) {
            return 0;
        }
        int len = text.length();
        int v = separator + 1;
        while (v < len && (text.charAt(v) == ' ' || text.charAt(v) == '\t')) {
            v++;
        }
        int valueStart;
        int valueEnd;
        if (v < len && (text.charAt(v) == '"' || text.charAt(v) == '\'')) {
            char quote = text.charAt(v);
            valueStart = v + 1;
            valueEnd = valueStart;
            while (valueEnd < len && valueEnd - valueStart <= MAX_VALUE && text.charAt(valueEnd) != quote
                    && text.charAt(valueEnd) != '\n') {
                valueEnd++;
            }
            if (valueEnd == len || text.charAt(valueEnd) != quote) {
                return 0;
            }
        } else {
            valueStart = v;
            valueEnd = v;
            while (valueEnd < len && valueEnd - valueStart <= MAX_VALUE && isBareValueChar(text.charAt(valueEnd))) {
                valueEnd++;
            }
            // "password: secret123." — the full stop ends the sentence
            while (valueEnd > valueStart && (text.charAt(valueEnd - 1) == '.' || text.charAt(valueEnd - 1) == ')')) {
                valueEnd--;
            }
        }
        if (valueEnd - valueStart < 3 || valueEnd - valueStart > MAX_VALUE || isPlaceholder(text, valueStart,
                valueEnd)) {
            return 0;
        }
        sink.add(new Finding(EntityType.SECRET, valueStart, valueEnd, KEY_VALUE_SCORE, id()));
        return valueEnd;
    }

    /** Whether the identifier {@code text[start, end)} names a password or secret. */
    private static boolean namesSecret(String text, int start, int end) {
        int lastStart = end;
        while (lastStart > start && ScanText.isLetterOrDigit(text.charAt(lastStart - 1))) {
            lastStart--;
        }
        String last = Folding.fold(text.substring(lastStart, end));
        if (SECRET_KEYS.contains(last)) {
            return true;
        }
        if (last.equals("key") && lastStart - 1 > start) {
            int qualifierEnd = lastStart - 1;
            int qualifierStart = qualifierEnd;
            while (qualifierStart > start && ScanText.isLetterOrDigit(text.charAt(qualifierStart - 1))) {
                qualifierStart--;
            }
            return KEY_QUALIFIERS.contains(Folding.fold(text.substring(qualifierStart, qualifierEnd)));
        }
        if (last.equals("passe") && start == lastStart) {
            // "mot de passe :" — three words, the key walk stopped at the space before "passe"
            return start >= 7 && Folding.fold(text.substring(start - 7, start)).equals("mot de ");
        }
        return false;
    }

    private static boolean isPlaceholder(String text, int start, int end) {
        char first = text.charAt(start);
        if (first == '<' || first == '$' || first == '{' || first == '%') {
            return true;
        }
        boolean same = true;
        for (int k = start + 1; k < end && same; k++) {
            same = text.charAt(k) == first;
        }
        return same && (first == '*' || first == 'x' || first == 'X' || first == '.');
    }

    /**
     * End of the long random-looking run starting at {@code start} when a key-like word stands just before it
     * ("Bearer 9f8a…", "token: AbC…", "Schlüssel ab12…"); -1 otherwise.
     */
    private static int highEntropyRun(ScanText scan, int start, int[] counts) {
        String text = scan.text();
        int len = text.length();
        int end = start;
        while (end < len && end - start <= MAX_ENTROPY_RUN && (isBase64(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '_')) {
            end++;
        }
        int runLength = end - start;
        if (runLength < MIN_ENTROPY_RUN || runLength > MAX_ENTROPY_RUN
                || (end < len && ScanText.isLetterOrDigit(text.charAt(end)))) {
            return -1;
        }
        // cheapest test first: on most runs (IBANs, card numbers, ids) no key-like word stands before them
        if (mixed(text, start, end) && scan.hasContextBefore(start, KEY_LIKE, 3)
                && entropy(text, start, end, counts) >= MIN_BITS_PER_CHAR) {
            return end;
        }
        return -1;
    }

    /** Shannon entropy in bits per character of an ASCII run. */
    private static double entropy(String text, int start, int end, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        for (int k = start; k < end; k++) {
            counts[text.charAt(k) & 0x7f]++;
        }
        double n = end - start;
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = count / n;
                bits -= p * Math.log(p);
            }
        }
        return bits / Math.log(2);
    }

    private static boolean mixed(String text, int start, int end) {
        boolean letter = false;
        boolean digit = false;
        for (int k = start; k < end && !(letter && digit); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!letter) {
                letter = Character.isLetter(c);
            }
        }
        return letter && digit;
    }

    private static boolean isKeyChar(char c) {
        return ScanText.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static boolean isBareValueChar(char c) {
        return !(Character.isWhitespace(c) || c == ',' || c == ';' || c == '&' || c == '"' || c == '\'' || c == ']'
                || c == '}' || c == '<' || c == '>');
    }

    private static boolean isTokenChar(char c) {
        return CandidatePositions.isTokenChar(c);
    }

    private static boolean isBase64(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                || c == '=';
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
