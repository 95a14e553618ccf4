package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.EntityType;

/**
 * One line of a lexicon file: a term or phrase that signals a special category, its weight, and where it was
 * written ({@code de/health.txt:12}) so that a finding can be traced back to the line a DPO reviews.
 *
 * @param type     the special category (or criminal data) the phrase signals
 * @param phrase   the phrase as written in the file
 * @param weight   confidence of a finding on this phrase alone, in {@code [0, 1]}
 * @param location file and line, e.g. {@code de/health.txt:12}
 */
record LexiconEntry(EntityType type, String phrase, double weight, String location) {

    LexiconEntry {
        requireNonNull(type, "type is null");
        requireNonNull(phrase, "phrase is null");
        requireNonNull(location, "location is null");
        if (!type.isSpecialCategory()) {
            throw new IllegalArgumentException("not a special category: " + type);
        }
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new IllegalArgumentException("weight must be in [0, 1]; got: " + weight);
        }
    }
}
