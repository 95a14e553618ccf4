/**
 * National identifiers of EU member states: tax numbers, social security numbers, identity documents and passports.
 *
 * <p>Each identifier has a validator (public, pure static checks:
 * {@code ItalianFiscalCode.isValid("RSSMRA85T10A562S")}) and a detector (public, no-arg constructor, stable id such as {@code "it-fiscal-code"}). The detectors share one
 * pass over the text: {@link eu.dogana.pii.nationalid.IdCandidates} collects the runs of letters and digits joined by
 * separators once per {@link eu.dogana.pii.ScanText}, and every detector inspects only the candidates of its length.
 * Detectors are not gated by language: an Italian codice fiscale in a German sentence is found. Context words in
 * English, German, Italian, French, Spanish, Dutch, Polish, Portuguese and the identifier's own language raise the
 * score; identifiers whose checks prove little (a bare nine-digit BSN or NIF) score modestly without them.
 */
package eu.dogana.pii.nationalid;
