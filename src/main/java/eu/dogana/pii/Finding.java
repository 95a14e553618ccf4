package eu.dogana.pii;

import java.util.Objects;

/**
 * One piece of personal data found in a text: its type, the UTF-16 offsets {@code [start, end)} into the scanned
 * text, a confidence in {@code [0, 1]} and the id of the detector that found it. Holds no copy of the value: the
 * caller has the text, and a finding travels into logs and the register where the value must not.
 */
public record Finding(EntityType type, int start, int end, double score, String detector) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detector, "detector");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("need 0 <= start < end; got: [" + start + ", " + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1]; got: " + score);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    public Finding withScore(double newScore) {
        return new Finding(type, start, end, newScore, detector);
    }

    /** The found value, cut from the text this finding was made on. */
    public String valueIn(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
