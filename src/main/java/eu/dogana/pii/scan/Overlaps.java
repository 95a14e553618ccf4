package eu.dogana.pii.scan;

import eu.dogana.pii.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Resolves overlapping findings to one per stretch of text, deterministically: the higher score wins, then the
 * longer span, then the earlier start, then the type declared first in {@link eu.dogana.pii.EntityType}, then the
 * detector id. The same input therefore always gives the same output, whatever order detectors ran in.
 *
 * <p>Special-category findings (Art. 9 / Art. 10 topics such as "diabetes") are about the text, not a value to
 * replace; they are kept even where they overlap an identifier, and resolved only among themselves.
 */
final class Overlaps {

    static final Comparator<Finding> PRECEDENCE = Comparator.comparingDouble(Finding::score).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparingInt(Finding::start)
            .thenComparing(Finding::type)
            .thenComparing(Finding::detector);

    static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::type);

    private Overlaps() {
    }

    static List<Finding> resolve(List<Finding> findings) {
        if (findings.size() <= 1) {
            return List.copyOf(findings);
        }
        List<Finding> ranked = new ArrayList<>(findings);
        ranked.sort(PRECEDENCE);
        // kept findings by start; those of one map never overlap, so the one that starts last before a candidate's
        // end is the only one that can overlap it: one lookup per candidate, not a pass over all kept
        NavigableMap<Integer, Finding> values = new TreeMap<>();
        NavigableMap<Integer, Finding> topics = new TreeMap<>();
        for (Finding candidate : ranked) {
            NavigableMap<Integer, Finding> kept = candidate.type().isSpecialCategory() ? topics : values;
            Map.Entry<Integer, Finding> before = kept.lowerEntry(candidate.end());
            if (before == null || !before.getValue().overlaps(candidate)) {
                kept.put(candidate.start(), candidate);
            }
        }
        List<Finding> resolved = new ArrayList<>(values.size() + topics.size());
        resolved.addAll(values.values());
        resolved.addAll(topics.values());
        resolved.sort(BY_POSITION);
        return List.copyOf(resolved);
    }
}
