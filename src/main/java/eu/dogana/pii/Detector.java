package eu.dogana.pii;

import java.util.Set;

/**
 * Finds one family of personal data in a text. Implementations are immutable and thread-safe: one instance serves
 * every request. They validate what they can (checksums, formats, ranges) and report only candidates that pass;
 * context words raise the score, they never create a finding alone unless the type needs context by nature
 * (passport numbers, birth dates).
 *
 * <p>Speed contract: a detector must cost little on text that holds nothing of its kind — look for a cheap trigger
 * (an {@code '@'}, a digit run, a capital letter) before doing real work, and never backtrack super-linearly.
 */
public interface Detector {

    /** Stable short id recorded with each finding, e.g. {@code "iban"}. */
    String id();

    /** The types this detector can report; the scanner skips detectors whose types are all filtered out. */
    Set<EntityType> types();

    void detect(ScanText text, FindingSink sink);
}
