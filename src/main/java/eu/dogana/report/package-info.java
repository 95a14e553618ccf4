/**
 * What auditors and data-protection authorities read: register verification now; Art. 30 records, inquiry
 * packs and subject requests as they land. Depends on {@code audit} and {@code api}.
 */
package eu.dogana.report;
