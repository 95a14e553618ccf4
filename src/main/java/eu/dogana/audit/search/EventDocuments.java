package eu.dogana.audit.search;

import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.ChainedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * Turns a committed event into its index document, following {@link EventSchema}. The same method serves the
 * live feed and the rebuild from the database, so both give the same index.
 */
final class EventDocuments {

    private final FacetsConfig facets;

    EventDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    Document of(ChainedEvent chained) {
        AuditEvent event = chained.event();
        Document document = new Document();
        keyword(document, EventSchema.ID, chained.node() + ":" + chained.seq());
        keyword(document, EventSchema.NODE, chained.node());
        document.add(new StoredField(EventSchema.NODE, chained.node()));
        sortableLong(document, EventSchema.SEQ, chained.seq());
        document.add(new StoredField(EventSchema.SEQ, chained.seq()));
        keyword(document, EventSchema.TYPE, event.type().name());
        sortableLong(document, EventSchema.TIME, event.time().toEpochMilli());
        keyword(document, EventSchema.REQUEST_ID, event.requestId());
        // The tenant is matched exactly and only ever as a filter the server adds; it is kept out of "any".
        document.add(new StringField(EventSchema.TENANT, event.tenant(), Field.Store.NO));
        keyword(document, EventSchema.PRINCIPAL, event.principal());
        document.add(new StoredField(EventSchema.CANONICAL, chained.canonical()));
        document.add(new StoredField(EventSchema.EVENT_HASH, chained.eventHash()));

        Set<String> entities = new TreeSet<>();
        for (Map.Entry<String, Object> attribute : event.attributes().entrySet()) {
            String name = attribute.getKey();
            String value = String.valueOf(attribute.getValue());
            if (EventSchema.isNumeric(name)) {
                numeric(document, name, attribute.getValue());
                if (name.startsWith(EventSchema.FINDINGS_PREFIX) && name.length() > EventSchema.FINDINGS_PREFIX.length()) {
                    entities.add(name.substring(EventSchema.FINDINGS_PREFIX.length()));
                }
            } else if (EventSchema.LIST_ATTRIBUTES.contains(name)) {
                for (String item : value.split(",")) {
                    String trimmed = item.strip();
                    if (!trimmed.isEmpty()) {
                        keyword(document, name, trimmed);
                        if (name.equals("entity_types")) {
                            entities.add(trimmed);
                        }
                    }
                }
            } else if (!name.equals(EventSchema.TENANT)) {
                keyword(document, name, value);
            }
            if (EventSchema.FACETS.contains(name) && !value.isEmpty() && !EventSchema.LIST_ATTRIBUTES.contains(name)) {
                document.add(new SortedSetDocValuesFacetField(name, value));
            }
        }
        for (String entity : entities) {
            keyword(document, EventSchema.ENTITY, entity);
            document.add(new SortedSetDocValuesFacetField(EventSchema.ENTITY, entity));
        }
        document.add(new SortedSetDocValuesFacetField(EventSchema.TYPE, event.type().name()));
        try {
            return facets.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException("facet fields of an in-memory document", e);
        }
    }

    private static void keyword(Document document, String name, String value) {
        document.add(new StringField(name, value, Field.Store.NO));
        document.add(new StringField(EventSchema.ANY, value, Field.Store.NO));
    }

    private static void sortableLong(Document document, String name, long value) {
        document.add(new LongPoint(name, value));
        document.add(new NumericDocValuesField(name, value));
    }

    /** A numeric-named attribute that does not hold a number stays searchable only through its stored event. */
    private static void numeric(Document document, String name, Object value) {
        if (value instanceof Long number) {
            document.add(new LongPoint(name, number));
        } else if (value instanceof String text) {
            try {
                document.add(new LongPoint(name, Long.parseLong(text.strip())));
            } catch (NumberFormatException e) {
                // Keep it out: a keyword under a numeric field's name would break the field's schema.
            }
        }
    }
}
