/**
 * The register: events ({@link eu.dogana.audit.AuditEvent}), their canonical form and hash chain, the
 * group-commit writer, verification and pseudonyms. Knows nothing of OpenAI or HTTP; depends only on
 * {@code storage}.
 */
package eu.dogana.audit;
