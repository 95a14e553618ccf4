package eu.dogana.pii.eval;

import eu.dogana.pii.EntityType;
import java.util.List;

/** A text with the personal data a careful human would mark in it. */
record LabelledText(String language, String text, List<Span> spans) {

    LabelledText {
        spans = List.copyOf(spans);
    }

    /** One marked value. */
    record Span(EntityType type, int start, int end) {

        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }
}
