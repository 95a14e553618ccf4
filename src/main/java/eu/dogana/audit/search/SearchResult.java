package eu.dogana.audit.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a search found.
 *
 * @param total every matching event, not only those returned
 * @param events the newest {@code limit} of them
 * @param facets per dimension, value to count over all matching events, most frequent first
 * @param fields the fields the query named (for the record of the search, which keeps no query text)
 */
public record SearchResult(long total, List<Hit> events, Map<String, Map<String, Long>> facets, Set<String> fields) {

    public SearchResult {
        events = List.copyOf(requireNonNull(events, "events is null"));
        requireNonNull(facets, "facets is null");
        fields = Set.copyOf(requireNonNull(fields, "fields is null"));
    }

    /**
     * One event found.
     *
     * @param canonical the event exactly as chained (RFC 8785 JSON), so that a hit can be checked against its hash
     */
    public record Hit(String node, long seq, String eventHash, String canonical) {

        public Hit {
            requireNonNull(node, "node is null");
            requireNonNull(eventHash, "eventHash is null");
            requireNonNull(canonical, "canonical is null");
        }
    }
}
