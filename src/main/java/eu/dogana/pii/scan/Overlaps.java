package eu.dogana.pii.scan;

import eu.dogana.pii.Finding;
import java.util.ArrayList;
import java.util.Arrays;
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
 * .thenComparing(..)}: every scan sorts its findings, and the composed comparators' shared lambda classes are
 * called from so many places in a gateway that the JIT cannot inline them; they showed as about 3% of a scan.
 */
final class Overlaps {

    /** Text order: start, then end, then type in declaration order. */
    static final Comparator<Finding> BY_POSITION = Overlaps::comparePosition;

    private Overlaps() {
    }

    static List<Finding> resolve(List<Finding> findings) {
        if (findings.size() <= 1) {
            return List.copyOf(findings);
        }
        Finding[] byPosition = findings.toArray(Finding[]::new);
        Arrays.sort(byPosition, BY_POSITION);
        boolean[] kept = new boolean[byPosition.length];
        Clusters values = new Clusters(byPosition, kept);
        Clusters topics = new Clusters(byPosition, kept);
        for (int i = 0; i < byPosition.length; i++) {
            (byPosition[i].type().isSpecialCategory() ? topics : values).add(i);
        }
        values.close();
        topics.close();
        List<Finding> resolved = new ArrayList<>(byPosition.length);
        for (int i = 0; i < byPosition.length; i++) {
            if (kept[i]) {
                resolved.add(byPosition[i]);
            }
        }
        return List.copyOf(resolved);
    }

    /**
     * The findings of one kind (values, or topics) taken in text order and gathered into clusters: runs in which
     * each finding overlaps the stretch covered by those before it. Findings of different clusters never overlap,
     * so the rule can be applied to each cluster alone, and a finding that overlaps nothing (most of them) is kept
     * without being ranked at all: two sorts of every finding by precedence and position were 4% of a scan.
     */
    private static final class Clusters {

        private final Finding[] byPosition;
        private final boolean[] kept;
        private int[] members = new int[8];
        private int size;
        private int end;
        /** The characters covered by the findings of the cluster kept so far; cleared after each cluster. */
        private BitSet covered;

        Clusters(Finding[] byPosition, boolean[] kept) {
            this.byPosition = byPosition;
            this.kept = kept;
        }

        void add(int index) {
            Finding finding = byPosition[index];
            if (size > 0 && finding.start() >= end) {
                close();
            }
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = index;
            end = Math.max(end, finding.end());
        }

        void close() {
            if (size == 1) {
                kept[members[0]] = true;
            } else if (size > 1) {
                resolveCluster();
            }
            size = 0;
            end = 0;
        }

        /** The rule within one cluster: best first, each kept unless it overlaps one kept before it. */
        private void resolveCluster() {
            Integer[] ranked = new Integer[size];
            for (int i = 0; i < size; i++) {
                ranked[i] = members[i];
            }
            Arrays.sort(ranked, (a, b) -> comparePrecedence(byPosition[a], byPosition[b]));
            if (covered == null) {
                covered = new BitSet();
            }
            int from = byPosition[members[0]].start();
            for (Integer index : ranked) {
                Finding candidate = byPosition[index];
                // kept findings never overlap each other, so a candidate overlaps one exactly when a covered
                // character lies in its span
                int firstCovered = covered.nextSetBit(candidate.start());
                if (firstCovered < 0 || firstCovered >= candidate.end()) {
                    covered.set(candidate.start(), candidate.end());
                    kept[index] = true;
                }
            }
            covered.clear(from, end);
        }
    }

    /** Best first: higher score, then longer span, earlier start, type in declaration order, detector id. */
    static int comparePrecedence(Finding a, Finding b) {
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
