package eu.dogana.audit.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's fields and the naming rules that decide how an event attribute is indexed.
 *
 * <ul>
 *   <li>Every event has the keyword fields {@value #ID} ({@code node:seq}), {@value #NODE}, {@value #TYPE},
 *       {@value #REQUEST_ID}, {@value #TENANT}, {@value #PRINCIPAL}; {@value #SEQ} and {@value #TIME} (epoch
 *       milliseconds) are numeric, with doc values for sorting.</li>
 *   <li>An attribute is numeric (a {@code LongPoint}, so {@code status:[500 TO 599]} works) when it is named
 *       {@code status} or {@code attempts}, ends in {@code _ms}, {@code _tokens} or {@code _count}, or starts
 *       with {@value #FINDINGS_PREFIX} or {@value #OUTPUT_FINDINGS_PREFIX}. Every other attribute is an exact, case-sensitive keyword.</li>
 *   <li>{@code findings.<ENTITY_TYPE>} is the count of findings of one entity type; each such attribute, and
 *       each name in a comma-separated {@code entity_types} attribute, adds the keyword {@value #ENTITY}.</li>
 *   <li>The attributes in {@link #LIST_ATTRIBUTES} are comma-separated lists, indexed value by value.</li>
 *   <li>Keyword values (but the tenant's) are also in {@value #ANY}, the default field of a query.</li>
 * </ul>
 * The schema's version is kept in each commit; an index of another version is rebuilt.
 */
public final class EventSchema {

    /** Bump when a field changes how it is indexed: older indexes are then rebuilt from the database. */
    public static final String VERSION = "2";

    public static final String ID = "id";
    public static final String NODE = "node";
    public static final String SEQ = "seq";
    public static final String TYPE = "type";
    public static final String TIME = "time";
    public static final String REQUEST_ID = "request_id";
    public static final String TENANT = "tenant";
    public static final String PRINCIPAL = "principal";
    public static final String ENTITY = "entity";
    public static final String ANY = "any";
    public static final String FINDINGS_PREFIX = "findings.";
    /** Counts of personal data in answers that the caller did not send. */
    public static final String OUTPUT_FINDINGS_PREFIX = "output_findings.";

    /** Stored only: what a hit returns. */
    static final String CANONICAL = "canonical";
    static final String EVENT_HASH = "event_hash";

    static final Set<String> LIST_ATTRIBUTES = Set.of("candidate_backends", "candidate_regions", "entity_types", "output_entity_types", "rule_ids");

    /** Facet dimensions, in the order a dashboard shows them; an event contributes to those it has. */
    public static final List<String> FACETS = List.of(TYPE, "purpose", "legal_basis", "model", "backend", "region",
            "status", "result", "decision", "rule_id", "error_code", ENTITY, "endpoint");

    /** Fields a query may name whatever the index holds yet. */
    static final Set<String> FIXED_FIELDS = Set.of(ID, NODE, SEQ, TYPE, TIME, REQUEST_ID, TENANT, PRINCIPAL, ENTITY, ANY,
            "purpose", "legal_basis", "model", "backend", "region", "status", "result", "decision", "rule_id",
            "rule_ids", "error_code", "endpoint", "credential", "candidate_backends", "candidate_regions", "latency_ms",
            "attempts", "prompt_tokens", "completion_tokens", "total_tokens", "entity_types", "output_entity_types",
            "legal_ref", "policy_bundle");

    private EventSchema() {
    }

    /** Whether a field (fixed or attribute) holds numbers rather than keywords. */
    public static boolean isNumeric(String field) {
        return field.equals(SEQ) || field.equals(TIME) || field.equals("status") || field.equals("attempts")
                || field.endsWith("_ms") || field.endsWith("_tokens") || field.endsWith("_count")
                || field.startsWith(FINDINGS_PREFIX) || field.startsWith(OUTPUT_FINDINGS_PREFIX);
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : FACETS) {
            // Lists (entity types) put several values in a dimension; allowing it everywhere costs nothing here.
            config.setMultiValued(dimension, true);
        }
        return config;
    }
}
