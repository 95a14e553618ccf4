package eu.dogana.audit.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over the event fields: keywords are matched exactly ({@code model:deepseek-v3
 * AND status:200}), numeric fields take numbers and ranges ({@code status:[500 TO 599]},
 * {@code findings.IBAN_CODE:[1 TO *]}), {@code time} takes ISO-8601 instants, and a bare term searches
 * {@value EventSchema#ANY}. A field the schema does not name and the index has never seen is an error, so a
 * typo is not silently "no results". Not thread-safe: one per query.
 */
final class EventQueryParser extends QueryParser {

    private final Set<String> indexedFields;

    /** @param indexedFields the fields the index holds now, beside the schema's fixed ones */
    EventQueryParser(Set<String> indexedFields) {
        super(EventSchema.ANY, new KeywordAnalyzer());
        this.indexedFields = indexedFields;
        setAllowLeadingWildcard(false);
        setDefaultOperator(Operator.AND);
    }

    /** The query, or {@link InvalidQueryException} for parameter {@code q}. */
    Query parseEvents(String text) {
        try {
            return parse(text);
        } catch (ParseException e) {
            throw new InvalidQueryException("q", "The query cannot be parsed: " + firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("q", "The query cannot be run: " + e.getMessage());
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        checkField(field);
        if (EventSchema.isNumeric(field)) {
            long value = number(field, queryText);
            return LongPoint.newExactQuery(field, value);
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String lower, String upper, boolean lowerInclusive, boolean upperInclusive)
            throws ParseException {
        checkField(field);
        if (!EventSchema.isNumeric(field)) {
            return super.getRangeQuery(field, lower, upper, lowerInclusive, upperInclusive);
        }
        long from = lower == null ? Long.MIN_VALUE : number(field, lower);
        long to = upper == null ? Long.MAX_VALUE : number(field, upper);
        if (lower != null && !lowerInclusive) {
            if (from == Long.MAX_VALUE) {
                return new org.apache.lucene.search.MatchNoDocsQuery("empty range");
            }
            from++;
        }
        if (upper != null && !upperInclusive) {
            if (to == Long.MIN_VALUE) {
                return new org.apache.lucene.search.MatchNoDocsQuery("empty range");
            }
            to--;
        }
        return LongPoint.newRangeQuery(field, from, to);
    }

    @Override
    protected Query getWildcardQuery(String field, String termText) throws ParseException {
        checkField(field);
        return super.getWildcardQuery(field, termText);
    }

    @Override
    protected Query getPrefixQuery(String field, String termText) throws ParseException {
        checkField(field);
        return super.getPrefixQuery(field, termText);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termText, float minSimilarity) throws ParseException {
        checkField(field);
        return super.getFuzzyQuery(field, termText, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termText) throws ParseException {
        checkField(field);
        return super.getRegexpQuery(field, termText);
    }

    private void checkField(String field) throws ParseException {
        if (field.equals("*") || EventSchema.FIXED_FIELDS.contains(field) || indexedFields.contains(field)
                || field.startsWith(EventSchema.FINDINGS_PREFIX)) {
            return;
        }
        Set<String> known = new TreeSet<>(EventSchema.FIXED_FIELDS);
        known.addAll(indexedFields);
        known.removeIf(name -> name.startsWith("$"));
        throw new ParseException("Unknown field '" + field + "'. Fields: " + String.join(", ", known) + ".");
    }

    /** A number, or for {@code time} an ISO-8601 instant as epoch milliseconds. */
    private static long number(String field, String text) throws ParseException {
        if (field.equals(EventSchema.TIME)) {
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new ParseException("'" + text + "' is not an ISO-8601 instant such as 2025-01-30T10:15:30Z (field time).");
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ParseException("'" + text + "' is not a whole number (field " + field + ").");
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
