package eu.dogana.pii.scan;

import eu.dogana.pii.Finding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping findings to one per stretch of text, deterministically: the higher score wins, then the
 * longer span, then the earlier start, then the type declared first in {@link eu.dogana.pii.EntityType}, then the
 * detector id. The same input therefore always gives the same output, whatever order detectors ran in.
 *
 * <p>Special-category findings (Art. 9 / Art. 10 topics such as "diabetes") are about the text, not a value to
 * replace; they are kept even where they overlap an identifier, and resolved only among themselves.
 *
 * <p>The orders are written out as plain methods rather than composed with {@code Comparator.comparing(..)
 * .thenComparing(..)}: every scan sorts its findings twice, and the composed comparators' shared lambda classes are
 * called from so many places in a gateway that the JIT cannot inline them; they showed as about 3% of a scan.
 */
final class Overlaps {

    /** Best first: higher score, then longer span, earlier start, type in declaration order, detector id. */
    static final Comparator<Finding> PRECEDENCE = Overlaps::comparePrecedence;

    /** Text order: start, then end, then type in declaration order. */
    static final Comparator<Finding> BY_POSITION = Overlaps::comparePosition;

    private Overlaps() {
    }

    static List<Finding> resolve(List<Finding> findings) {
        if (findings.size() <= 1) {
            return List.copyOf(findings);
        }
        List<Finding> ranked = new ArrayList<>(findings);
        ranked.sort(PRECEDENCE);
        // the characters covered by the findings kept so far, values and topics apart: those kept in one set never
        // overlap each other, so a candidate overlaps one of them exactly when a covered character lies in its span
        BitSet values = new BitSet();
        BitSet topics = new BitSet();
        List<Finding> resolved = new ArrayList<>(ranked.size());
        for (Finding candidate : ranked) {
            BitSet covered = candidate.type().isSpecialCategory() ? topics : values;
            int firstCovered = covered.nextSetBit(candidate.start());
            if (firstCovered < 0 || firstCovered >= candidate.end()) {
                covered.set(candidate.start(), candidate.end());
                resolved.add(candidate);
            }
        }
        resolved.sort(BY_POSITION);
        return List.copyOf(resolved);
    }

    private static int comparePrecedence(Finding a, Finding b) {
        int order = Double.compare(b.score(), a.score());
        if (order == 0) {
            order = Integer.compare(b.length(), a.length());
        }
        if (order == 0) {
            order = Integer.compare(a.start(), b.start());
        }
        if (order == 0) {
            order = a.type().compareTo(b.type());
        }
        return order != 0 ? order : a.detector().compareTo(b.detector());
    }

    private static int comparePosition(Finding a, Finding b) {
        int order = Integer.compare(a.start(), b.start());
        if (order == 0) {
            order = Integer.compare(a.end(), b.end());
        }
        return order != 0 ? order : a.type().compareTo(b.type());
    }
}
