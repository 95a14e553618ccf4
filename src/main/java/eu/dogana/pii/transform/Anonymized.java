package eu.dogana.pii.transform;

import java.util.List;

/** A text after anonymisation, with what was replaced; {@code items} is empty when nothing changed. */
public record Anonymized(String text, List<Replacement> items) {

    public Anonymized {
        items = List.copyOf(items);
    }

    public boolean changed() {
        return !items.isEmpty();
    }
}
