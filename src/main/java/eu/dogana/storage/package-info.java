/**
 * Which database holds Dogana's state: the embedded H2 file under {@code audit-store/} by default, or
 * PostgreSQL, chosen at run time by {@code dogana.db}. Depends on nothing else of ours.
 */
package eu.dogana.storage;
