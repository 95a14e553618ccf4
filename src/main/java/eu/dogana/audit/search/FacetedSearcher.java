package eu.dogana.audit.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time reader, with what is costly to derive from that reader built once, when
 * the reader is opened (on the indexing thread, not per query): the facets' ordinal state and the names of
 * the fields the index holds.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final Set<String> fields;

    FacetedSearcher(IndexReader reader, FacetsConfig facetsConfig) throws IOException {
        super(reader);
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        Set<String> names = new HashSet<>();
        for (FieldInfo info : infos) {
            if (info.getIndexOptions() != IndexOptions.NONE || info.getPointDimensionCount() > 0) {
                names.add(info.name);
            }
        }
        this.fields = Set.copyOf(names);
        FieldInfo facets = infos.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        // An index without any faceted document has no facet field, and the state cannot be built over nothing.
        this.facetState = facets != null && facets.getDocValuesType() == DocValuesType.SORTED_SET
                ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
    }

    Optional<SortedSetDocValuesReaderState> facetState() {
        return Optional.ofNullable(facetState);
    }

    /** Indexed field names (terms or points), for telling a query's typo from a field not seen yet. */
    Set<String> fields() {
        return fields;
    }
}
