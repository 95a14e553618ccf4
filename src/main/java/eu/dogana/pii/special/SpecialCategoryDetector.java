package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds GDPR Art. 9(1) special categories (health, religion, ethnic origin, political opinion, trade-union
 * membership, sex life or orientation, genetic and biometric data) and Art. 10 criminal data, in English, German,
 * Italian, French, Spanish, Dutch, Polish and Portuguese, from lexicons a DPO can read and change
 * ({@link LexiconReader} describes the format, {@link LexiconLoader} the files).
 *
 * <p>How a text is scanned:
 * <ol>
 *   <li>{@link LanguageGuess} picks the languages from counts of common short words, over the words the
 *       {@link ScanText} has already segmented; when unsure it picks all eight;</li>
 *   <li>each word of the text gets its lexicon key in each picked language ({@link KeyedWords}: lower case, then
 *       the language's light stemming and accent folding, {@link LexiconAnalyzer#reduction}), remembered per
 *       distinct word; a trie over those keys ({@link PhraseMatcher}) finds every lexicon phrase, with its exact
 *       span;</li>
 *   <li>overlapping matches are resolved: those of one category merge into one span ("was convicted" and
 *       "convicted of" give "was convicted of"), so "Diabetes Typ 1" is one finding, not also "Diabetes"; between
 *       categories the longer phrase wins, then the higher weight;</li>
 *   <li>each match scores its lexicon weight, raised by {@value #CORROBORATION_BOOST} for each other distinct
 *       phrase of the same category in the text (at most {@value #MAX_CORROBORATING} of them), since several
 *       health words make a health topic more certain than one. A weak phrase (weight below
 *       {@value #WEAK_BELOW}: "Krankenhaus", "church") is reported only when a phrase of the same category that is
 *       not weak occurs in the same text.</li>
 * </ol>
 * A phrase of weight 0 masks: it is never reported, and no match inside its span is either ("Great Depression",
 * "SSH key fingerprint", "homo sapiens").
 *
 * <p>Cost: each word costs one table probe for all languages together (two {@code long} compares for a short
 * Latin-1 word), which gives its entry and its clue languages; the reduction of a word (a stemmer and a folding pass
 * per language, the expensive part: Dutch's Snowball stemmer alone cost four times a light chain) runs once per
 * distinct word and language while it stays remembered. The guess then costs an add per word; matching, one bit test
 * per word for all the segment's languages ({@link SegmentMatcher}), and an array read for a word that may begin or
 * continue a phrase. A finding
 * is made only for a match. Measured on the mixed 4 KB prompts of {@code bench/pii-throughput.sh}: running a Lucene
 * analysis chain over the text per picked language took about 40% of a whole scan; the remembered keys, about 15%
 * (29 us of a 4 KB prompt); packed keys, segments in reused arrays and the per-word token bits, about 12% (18 us).
 * The guess still matters for precision: a Dutch lexicon word is not looked for in Italian.
 *
 * <p>Immutable and thread-safe; build one and share it (loading analyses every lexicon phrase).
 */
public final class SpecialCategoryDetector implements Detector {

    public static final String ID = "special-categories";

    /** The types this detector reports, one lexicon file per type and language; iterates in declaration order. */
    public static final Set<EntityType> TYPES = Collections.unmodifiableSet(EnumSet.of(
            EntityType.HEALTH, EntityType.RELIGION, EntityType.ETHNIC_ORIGIN, EntityType.POLITICAL_OPINION,
            EntityType.TRADE_UNION, EntityType.SEX_LIFE_OR_ORIENTATION, EntityType.GENETIC, EntityType.BIOMETRIC,
            EntityType.CRIMINAL_RECORD));

    /** Phrases weighing less need a stronger phrase of their category in the same text. */
    public static final double WEAK_BELOW = 0.5;

    static final double CORROBORATION_BOOST = 0.05;
    static final int MAX_CORROBORATING = 3;
    private static final double MAX_SCORE = 0.99;
    private static final int TYPE_COUNT = EntityType.values().length;

    /**
     * Between overlapping matches of different types: the longer first, then the heavier, the earlier, the type
     * declared first. Written out rather than composed from {@code Comparator.comparing(..)}, whose shared lambda
     * classes the JIT cannot inline where every scan sorts (as in {@code eu.dogana.pii.scan.Overlaps}).
     */
    private static final Comparator<Match> PREFERENCE = (a, b) -> {
        int order = Integer.compare(b.length(), a.length());
        if (order == 0) {
            order = Double.compare(b.entry().weight(), a.entry().weight());
        }
        if (order == 0) {
            order = Integer.compare(a.start(), b.start());
        }
        return order != 0 ? order : a.type().compareTo(b.type());
    };

    /** Text order: the earlier start first, then the longer span, then the type declared first. */
    private static final Comparator<Match> BY_START = (a, b) -> {
        int order = Integer.compare(a.start(), b.start());
        if (order == 0) {
            order = Integer.compare(b.end(), a.end());
        }
        return order != 0 ? order : a.type().compareTo(b.type());
    };

    private final LanguageGuess languageGuess = new LanguageGuess();
    /** The compiled lexicon of each language, by ordinal. */
    private final PhraseMatcher[] matchersByLanguage;
    /** Workspaces free for a scan: each serves one scan at a time. */
    private final IdlePool<Workspace> idle;

    /** Loads the bundled lexicons. */
    public SpecialCategoryDetector() {
        this(Optional.empty());
    }

    /**
     * Loads the bundled lexicons, each replaced by the file of the same name under {@code lexiconDirectory} where
     * there is one (e.g. {@code lexiconDirectory/de/health.txt}).
     *
     * @throws LexiconException when a lexicon file is malformed or misnamed; the message names file and line
     */
    public SpecialCategoryDetector(Path lexiconDirectory) {
        this(Optional.of(requireNonNull(lexiconDirectory, "lexiconDirectory is null")));
    }

    private SpecialCategoryDetector(Optional<Path> overrides) {
        this.matchersByLanguage = new PhraseMatcher[LexiconLanguage.values().length];
        LexiconLoader.load(overrides).forEach((language, matcher) -> matchersByLanguage[language.ordinal()] = matcher);
        this.idle = new IdlePool<>(
                () -> new Workspace(new KeyedWords(matchersByLanguage, languageGuess), new LanguageGuess.Segments(),
                        new SegmentMatcher(matchersByLanguage)));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<EntityType> types() {
        return TYPES;
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
        if (text.wordCount() == 0) {
            return;
        }
        List<Match> matches = new ArrayList<>();
        PhraseMatcher.MatchSink found = (entry, start, end) -> matches.add(new Match(entry, start, end));
        Workspace workspace = idle.borrow();
        try {
            KeyedWords words = workspace.words();
            words.load(text);
            LanguageGuess.Segments segments = workspace.segments();
            languageGuess.segment(words, text.text(), segments);
            SegmentMatcher matcher = workspace.matcher();
            for (int s = 0; s < segments.count(); s++) {
                matcher.match(words, segments.firstWord(s), segments.endWord(s), segments.languageBits(s), found);
            }
        } finally {
            idle.giveBack(workspace);
        }
        if (matches.isEmpty()) {
            return;
        }
        removeMasked(matches);
        if (matches.isEmpty()) {
            return;
        }
        List<Match> resolved = resolve(matches);
        int[] distinctPhrases = distinctPhrasesByType(resolved);
        boolean[] strongPresent = new boolean[TYPE_COUNT];
        for (Match match : resolved) {
            strongPresent[match.type().ordinal()] |= match.entry().weight() >= WEAK_BELOW;
        }
        for (Match match : resolved) {
            double weight = match.entry().weight();
            if (weight < WEAK_BELOW && !strongPresent[match.type().ordinal()]) {
                continue;
            }
            int others = distinctPhrases[match.type().ordinal()] - 1;
            double score = Math.min(MAX_SCORE, weight + CORROBORATION_BOOST * Math.min(others, MAX_CORROBORATING));
            sink.add(new Finding(match.type(), match.start(), match.end(), Math.max(weight, score), ID));
        }
    }

    /**
     * Drops the masking phrases (weight 0: "Great Depression", "key fingerprint") and every match that lies inside
     * one, whatever its category or language.
     */
    private static void removeMasked(List<Match> matches) {
        List<Match> masks = null;
        for (Match match : matches) {
            if (match.entry().weight() == 0.0) {
                if (masks == null) {
                    masks = new ArrayList<>();
                }
                masks.add(match);
            }
        }
        if (masks == null) {
            return;
        }
        List<Match> found = masks;
        matches.removeIf(match -> {
            for (Match mask : found) {
                if (mask.start() <= match.start() && match.end() <= mask.end()) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Per type ordinal, how many different phrases the resolved matches hold (a merged span counts as its heavier
     * phrase). Phrases are compared as written, ignoring case, so one word in two languages' lexicons counts once.
     */
    private static int[] distinctPhrasesByType(List<Match> matches) {
        int[] counts = new int[TYPE_COUNT];
        Set<String> seen = new HashSet<>();
        for (Match match : matches) {
            if (seen.add(match.type().ordinal() + ":" + match.entry().phrase().toLowerCase(Locale.ROOT))) {
                counts[match.type().ordinal()]++;
            }
        }
        return counts;
    }

    /**
     * Makes the matches disjoint, in text order. Overlapping matches of one type become one finding over their
     * union, with the heavier entry ("was convicted" + "convicted of" = "was convicted of"); where types overlap,
     * the preferred match ({@link #PREFERENCE}: longer, then heavier) wins.
     */
    private static List<Match> resolve(List<Match> matches) {
        matches.sort(BY_START);
        List<Match> merged = new ArrayList<>(matches.size());
        Match[] open = new Match[TYPE_COUNT];
        for (Match match : matches) {
            int t = match.type().ordinal();
            Match current = open[t];
            if (current != null && match.start() < current.end()) {
                open[t] = current.union(match);
            } else {
                if (current != null) {
                    merged.add(current);
                }
                open[t] = match;
            }
        }
        for (Match last : open) {
            if (last != null) {
                merged.add(last);
            }
        }
        merged.sort(BY_START);
        List<Match> kept = new ArrayList<>(merged.size());
        for (Match match : merged) {
            int last = kept.size() - 1;
            if (last >= 0 && kept.get(last).overlaps(match)) {
                if (PREFERENCE.compare(match, kept.get(last)) < 0) {
                    kept.set(last, match);
                }
            } else {
                kept.add(match);
            }
        }
        return kept;
    }

    @Override
    public String toString() {
        return "SpecialCategoryDetector[" + matchersByLanguage.length + " languages]";
    }

    /**
     * What one scan works in: the text's words with their memory of keys, its segments, and the matcher that walks them with its scratch
     * space.
     */
    private record Workspace(KeyedWords words, LanguageGuess.Segments segments, SegmentMatcher matcher) {
    }

    /** A lexicon phrase found at {@code [start, end)}. */
    private record Match(LexiconEntry entry, int start, int end) {

        EntityType type() {
            return entry.type();
        }

        int length() {
            return end - start;
        }

        /** The span covering both, carrying the heavier entry. */
        Match union(Match other) {
            LexiconEntry heavier = other.entry.weight() > entry.weight() ? other.entry : entry;
            return new Match(heavier, Math.min(start, other.start), Math.max(end, other.end));
        }

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }
}
