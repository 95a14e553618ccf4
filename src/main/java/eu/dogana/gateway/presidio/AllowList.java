package eu.dogana.gateway.presidio;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import eu.dogana.gateway.error.GatewayException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Presidio's {@code allow_list}: values the caller knows are not personal data (the company's own address, a
 * public hotline). A finding whose text is allowed is not reported.
 *
 * <ul>
 *   <li>{@code exact} (the default): the finding's text equals an entry, case-sensitive, as in Presidio.</li>
 *   <li>{@code regex}: an entry's pattern is found anywhere in the finding's text, case-insensitive, with
 *       {@code .} matching newlines and {@code ^}/{@code $} at line ends: Presidio's {@code re.search} with its
 *       default flags. Patterns are compiled with RE2/J, so a caller's pattern runs in linear time whatever it
 *       is; RE2 has no backreferences or lookaround, and a pattern using them is refused.</li>
 * </ul>
 */
final class AllowList {

    static final AllowList NONE = new AllowList(Set.of(), List.of());

    private final Set<String> exact;
    private final List<Pattern> patterns;

    private AllowList(Set<String> exact, List<Pattern> patterns) {
        this.exact = exact;
        this.patterns = patterns;
    }

    /** @throws GatewayException 400 naming {@code allow_list[i]} or {@code allow_list_match} */
    static AllowList of(List<String> entries, String match) {
        String mode = match == null ? "exact" : match;
        if (!mode.equals("exact") && !mode.equals("regex")) {
            throw GatewayException.invalidRequest("'allow_list_match' must be 'exact' or 'regex'; got '" + match + "'.",
                    "allow_list_match");
        }
        if (entries == null || entries.isEmpty()) {
            return NONE;
        }
        Set<String> exact = new HashSet<>();
        List<Pattern> patterns = new ArrayList<>();
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
                patterns.add(Pattern.compile(entry, Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.MULTILINE));
            } catch (PatternSyntaxException e) {
                throw GatewayException.invalidRequest("'" + param + "' is not a regular expression Dogana can run ("
                        + e.getDescription() + "); patterns use RE2 syntax, without backreferences or lookaround.", param);
            }
        }
        return new AllowList(Set.copyOf(exact), List.copyOf(patterns));
    }

    boolean allows(String value) {
        if (exact.contains(value)) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }
}
