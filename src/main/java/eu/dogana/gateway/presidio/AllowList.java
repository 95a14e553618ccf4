package eu.dogana.gateway.presidio;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import eu.dogana.gateway.error.GatewayException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Presidio's {@code allow_list}: values the caller knows are not personal data (the company's own address, a
 * public hotline). A finding whose text is allowed is not reported; it is dropped by the scanner before overlapping
 * findings are resolved ({@link eu.dogana.pii.scan.ScanOptions#withAllowed}), so it hides no finding it overlapped.
 *
 * <ul>
 *   <li>{@code exact} (the default): the finding's text equals an entry, case-sensitive, as in Presidio.</li>
 *   <li>{@code regex}: an entry's pattern is found anywhere in the finding's text, case-insensitive, with
 *       {@code .} matching newlines and {@code ^}/{@code $} at line ends: Presidio's {@code re.search} with its
 *       default flags. Patterns are compiled with RE2/J, so a caller's pattern runs in linear time whatever it
 *       is; RE2 has no backreferences or lookaround, and a pattern using them is refused. The entries are
 *       checked one by one (so a mistake names its index), then joined into one alternation compiled once: a
 *       finding's text is searched once, however many entries there are.</li>
 * </ul>
 *
 * <p>At most {@value #MAX_ENTRIES} entries are taken: the list is tested against every finding of a text that may
 * be megabytes long, and a longer one is more likely a mistake (a whole customer list) than an allow list.
 */
final class AllowList {

    static final int MAX_ENTRIES = 1_000;

    static final AllowList NONE = new AllowList(Set.of(), null);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.MULTILINE;

    private final Set<String> exact;
    /** Every {@code regex} entry as one alternation; null when there is none. */
    private final Pattern anyPattern;

    private AllowList(Set<String> exact, Pattern anyPattern) {
        this.exact = exact;
        this.anyPattern = anyPattern;
    }

    /** @throws GatewayException 400 naming {@code allow_list[i]}, {@code allow_list} or {@code allow_list_match} */
    static AllowList of(List<String> entries, String match) {
        String mode = match == null ? "exact" : match;
        if (!mode.equals("exact") && !mode.equals("regex")) {
            throw GatewayException.invalidRequest("'allow_list_match' must be 'exact' or 'regex'; got '" + match + "'.",
                    "allow_list_match");
        }
        if (entries == null || entries.isEmpty()) {
            return NONE;
        }
        if (entries.size() > MAX_ENTRIES) {
            throw GatewayException.invalidRequest("'allow_list' has " + entries.size() + " entries; at most "
                    + MAX_ENTRIES + " are taken.", "allow_list");
        }
        Set<String> exact = new HashSet<>();
        StringBuilder alternation = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String param = "allow_list[" + i + "]";
            if (entry == null) {
                throw GatewayException.invalidRequest("'" + param + "' must be a string, not null.", param);
            }
            if (mode.equals("exact")) {
                exact.add(entry);
                continue;
            }
            try {
                Pattern.compile(entry, FLAGS);
            } catch (PatternSyntaxException e) {
                throw GatewayException.invalidRequest("'" + param + "' is not a regular expression Dogana can run ("
                        + e.getDescription() + "); patterns use RE2 syntax, without backreferences or lookaround.", param);
            }
            // a group keeps each entry's alternatives and inline flags its own; a quote left open at the end of
            // an entry would run on into the next one, so it is closed
            alternation.append(alternation.isEmpty() ? "" : "|").append("(?:").append(entry)
                    .append(endsInQuote(entry) ? "\\E" : "").append(')');
        }
        Pattern anyPattern = alternation.isEmpty() ? null : Pattern.compile(alternation.toString(), FLAGS);
        return new AllowList(Set.copyOf(exact), anyPattern);
    }

    boolean allows(String value) {
        return exact.contains(value) || (anyPattern != null && anyPattern.matcher(value).find());
    }

    /** Whether a valid RE2 pattern ends inside {@code \Q...}, which quotes up to {@code \E} or the pattern's end. */
    static boolean endsInQuote(String pattern) {
        boolean quoted = false;
        for (int i = 0; i + 1 < pattern.length(); i++) {
            if (pattern.charAt(i) != '\\') {
                continue;
            }
            char next = pattern.charAt(i + 1);
            if (quoted) {
                // inside a quote only \E means anything: "\\E" is a quoted backslash, then the end of the quote
                if (next == 'E') {
                    quoted = false;
                    i++;
                }
            } else {
                quoted = next == 'Q';
                i++; // an escape is two chars
            }
        }
        return quoted;
    }
}
