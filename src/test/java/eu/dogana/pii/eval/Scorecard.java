package eu.dogana.pii.eval;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per entity type and per language. A finding counts as a true positive when it has the
 * gold span's type and overlaps it; a gold span no finding matches is a false negative. Only the types that the
 * corpus labels are scored: a date found in a text whose dates nobody labelled says nothing about precision.
 */
final class Scorecard {

    /** Counts for one row. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Set<EntityType> scored;
    private final Map<EntityType, Counts> byType = new TreeMap<>();
    private final Map<String, Counts> byLanguage = new TreeMap<>();
    private final Counts total = new Counts();
    private final List<String> misses = new ArrayList<>();

    Scorecard(List<LabelledText> corpus) {
        Set<EntityType> labelled = EnumSet.noneOf(EntityType.class);
        corpus.forEach(text -> text.spans().forEach(span -> labelled.add(span.type())));
        this.scored = labelled;
    }

    void add(LabelledText gold, List<Finding> found) {
        List<Finding> relevant = found.stream().filter(f -> scored.contains(f.type())).toList();
        boolean[] matched = new boolean[relevant.size()];
        for (LabelledText.Span span : gold.spans()) {
            boolean hit = false;
            for (int i = 0; i < relevant.size(); i++) {
                Finding f = relevant.get(i);
                if (f.type() == span.type() && span.overlaps(f.start(), f.end())) {
                    matched[i] = true;
                    hit = true;
                }
            }
            count(span.type(), gold.language(), hit ? 1 : 0, 0, hit ? 0 : 1);
            if (!hit) {
                misses.add("missed " + span.type() + " '" + gold.text().substring(span.start(), span.end()) + "' in: "
                        + gold.text());
            }
        }
        for (int i = 0; i < relevant.size(); i++) {
            if (!matched[i]) {
                Finding f = relevant.get(i);
                count(f.type(), gold.language(), 0, 1, 0);
                misses.add("false " + f.type() + " '" + f.valueIn(gold.text()) + "' (" + f.detector() + ") in: "
                        + gold.text());
            }
        }
    }

    private void count(EntityType type, String language, int tp, int fp, int fn) {
        for (Counts counts : List.of(byType.computeIfAbsent(type, t -> new Counts()),
                byLanguage.computeIfAbsent(language, l -> new Counts()), total)) {
            counts.truePositives += tp;
            counts.falsePositives += fp;
            counts.falseNegatives += fn;
        }
    }

    Counts of(EntityType type) {
        return byType.getOrDefault(type, new Counts());
    }

    Counts total() {
        return total;
    }

    List<String> misses() {
        return misses;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %6s %6s %6s %9s %7s %7s%n",
                "entity type / language", "TP", "FP", "FN", "precision", "recall", "F1"));
        byType.forEach((type, counts) -> row(out, type.name(), counts));
        out.append('\n');
        byLanguage.forEach((language, counts) -> row(out, language, counts));
        out.append('\n');
        row(out, "ALL", total);
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Counts c) {
        out.append(String.format(Locale.ROOT, "%-28s %6d %6d %6d %9.3f %7.3f %7.3f%n", name, c.truePositives,
                c.falsePositives, c.falseNegatives, c.precision(), c.recall(), c.f1()));
    }
}
