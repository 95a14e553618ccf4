package eu.dogana.audit.search;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One search of the register.
 *
 * @param text Lucene query syntax; blank means every event
 * @param tenant the only tenant whose events may match; empty means every tenant, which only an administrator's
 *               search may ask for — the caller decides, never the query text
 * @param from events at or after this instant (millisecond resolution)
 * @param to events before this instant
 * @param limit how many events to return, newest first: 0 (facets only) to {@value #MAX_LIMIT}
 */
public record EventQuery(String text, Optional<String> tenant, Optional<Instant> from, Optional<Instant> to, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public EventQuery {
        requireNonNull(text, "text is null");
        requireNonNull(tenant, "tenant is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit", "limit must be between 0 and " + MAX_LIMIT + "; got: " + limit);
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidQueryException("from", "from must be before to.");
        }
    }

    @Override
    public String toString() {
        // The text may name anything an auditor typed; it stays out of logs.
        return "EventQuery[tenant=" + tenant.orElse("*") + ", limit=" + limit + "]";
    }
}
