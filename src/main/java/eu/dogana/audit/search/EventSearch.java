package eu.dogana.audit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs an {@link EventQuery} against an {@link EventIndex}: the parsed text as the scoring-free MUST clause,
 * the tenant and the time window as FILTER clauses the query text cannot widen, the newest events first, and
 * facet counts over every match. Thread-safe.
 */
public final class EventSearch {

    /** Values per facet dimension in an answer. */
    static final int FACET_VALUES = 20;

    private static final Sort NEWEST_FIRST = new Sort(new SortField(EventSchema.TIME, SortField.Type.LONG, true),
            new SortField(EventSchema.SEQ, SortField.Type.LONG, true));

    private static final Set<String> STORED = Set.of(EventSchema.NODE, EventSchema.SEQ, EventSchema.CANONICAL, EventSchema.EVENT_HASH);

    private final EventIndex index;

    public EventSearch(EventIndex index) {
        this.index = index;
    }

    /** Parses before searching: a query the index cannot run throws {@link InvalidQueryException}. */
    public SearchResult search(EventQuery query) {
        try (EventIndex.Lease lease = index.acquire()) {
            FacetedSearcher searcher = lease.searcher();
            Query parsed = query.text().isBlank() ? new MatchAllDocsQuery()
                    : new EventQueryParser(searcher.fields()).parseEvents(query.text());
            return run(searcher, restrict(parsed, query), query.limit(), fieldsOf(parsed));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("q", "The query expands to too many terms; make its wildcards narrower.");
        }
    }

    private static Query restrict(Query parsed, EventQuery query) {
        BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        query.tenant().ifPresent(tenant ->
                restricted.add(new TermQuery(new Term(EventSchema.TENANT, tenant)), BooleanClause.Occur.FILTER));
        if (query.from().isPresent() || query.to().isPresent()) {
            long from = query.from().map(instant -> instant.toEpochMilli()).orElse(Long.MIN_VALUE);
            long to = query.to().map(instant -> instant.toEpochMilli() - 1).orElse(Long.MAX_VALUE);
            restricted.add(LongPoint.newRangeQuery(EventSchema.TIME, from, to), BooleanClause.Occur.FILTER);
        }
        return restricted.build();
    }

    private static SearchResult run(FacetedSearcher searcher, Query query, int limit, Set<String> fields) throws IOException {
        FacetsCollectorManager facetsManager = new FacetsCollectorManager();
        FacetsCollector matches;
        List<SearchResult.Hit> hits = List.of();
        if (limit > 0) {
            TopFieldCollectorManager top = new TopFieldCollectorManager(NEWEST_FIRST, limit, null, limit);
            Object[] results = searcher.search(query, new MultiCollectorManager(top, facetsManager));
            hits = hits(searcher, (TopFieldDocs) results[0]);
            matches = (FacetsCollector) results[1];
        } else {
            matches = searcher.search(query, facetsManager);
        }
        long total = 0;
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            total += segment.totalHits();
        }
        return new SearchResult(total, hits, facets(searcher.facetState(), matches), fields);
    }

    private static List<SearchResult.Hit> hits(IndexSearcher searcher, TopFieldDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        SearchResult.Hit[] hits = new SearchResult.Hit[top.scoreDocs.length];
        for (int i = 0; i < hits.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            Document document = stored.document(hit.doc, STORED);
            hits[i] = new SearchResult.Hit(document.get(EventSchema.NODE), document.getField(EventSchema.SEQ).numericValue().longValue(),
                    document.get(EventSchema.EVENT_HASH), document.get(EventSchema.CANONICAL));
        }
        return List.of(hits);
    }

    private static Map<String, Map<String, Long>> facets(Optional<SortedSetDocValuesReaderState> state, FacetsCollector matches)
            throws IOException {
        if (state.isEmpty()) {
            return Map.of();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), matches);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dimension : EventSchema.FACETS) {
            FacetResult result = state.get().getOrdRange(dimension) == null ? null
                    : counts.getTopChildren(FACET_VALUES, dimension);
            if (result == null || result.labelValues.length == 0) {
                continue;
            }
            Map<String, Long> values = new LinkedHashMap<>();
            for (LabelAndValue value : result.labelValues) {
                values.put(value.label, value.value.longValue());
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    private static Set<String> fieldsOf(Query parsed) {
        Set<String> fields = new TreeSet<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }
        });
        return fields;
    }
}
