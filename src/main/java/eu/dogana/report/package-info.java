/**
 * What auditors and data-protection authorities read: register verification, checkpoints and proofs, and
 * search of the register ({@code GET /audit/events}, each search itself recorded); Art. 30 records, inquiry
 * packs and subject requests as they land. Depends on {@code audit} and {@code api}.
 */
package eu.dogana.report;
