/**
 * Personal data in text: what it is ({@link eu.dogana.pii.EntityType}, {@link eu.dogana.pii.DataCategory}), where
 * it was found ({@link eu.dogana.pii.Finding}) and who finds it ({@link eu.dogana.pii.Detector}). The detectors live
 * in sub-packages by family; {@code scan} runs them, {@code transform} rewrites text, {@code pseudonym} keeps the
 * per-request mapping and restores answers. Nothing here knows HTTP or OpenAI.
 */
package eu.dogana.pii;
