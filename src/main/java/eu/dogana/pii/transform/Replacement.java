package eu.dogana.pii.transform;

import eu.dogana.pii.EntityType;

/**
 * One value an {@link Anonymizer} changed: where its replacement sits in the <em>output</em> text (as Presidio's
 * anonymizer reports it), what replaced it and by which operator.
 */
public record Replacement(EntityType type, int start, int end, String text, String operator) {
}
