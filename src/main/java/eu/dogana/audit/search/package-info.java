/**
 * Search over the register: a Lucene index of event metadata under {@code ${dogana.audit.dir}/index}, fed from
 * committed events and rebuildable from the database at any time (the database stays the only source of
 * truth), queried in Lucene syntax, always within one tenant unless an administrator asks otherwise.
 *
 * <p>How an event's attributes are indexed is decided by their names alone ({@link eu.dogana.audit.search.EventSchema}),
 * so that a component adding a new attribute makes it searchable without touching this package.
 */
package eu.dogana.audit.search;
