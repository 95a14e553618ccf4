package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 *   <li>for each picked language, one analysis pass ({@link LexiconAnalyzer}: words, lower case, light stemming,
 *       accent folding) with a trie lookup per token ({@link PhraseMatcher}) finds every lexicon phrase, with its
 *       exact span;</li>
 *   <li>overlapping matches are resolved: the longer phrase wins ("Diabetes Typ 1" over "Diabetes"), then the
 *       higher weight, then the earlier start;</li>
 *   <li>each match scores its lexicon weight, raised by {@value #CORROBORATION_BOOST} for each other distinct
 *       phrase of the same category in the text (at most {@value #MAX_CORROBORATING} of them), since several
 *       health words make a health topic more certain than one. A weak phrase (weight below
 *       {@value #WEAK_BELOW}: "Krankenhaus", "church") is reported only when a phrase of the same category that is
 *       not weak occurs in the same text.</li>
 * </ol>
 *
 * <p>Cost: the language guess costs one look at each short word; each analysis pass is a character-class
 * tokenizer and three filters that edit the term buffer in place, and one hash probe per live trie node, without
 * allocation per token. A finding is made only for a match.
 *
 * <p>Immutable and thread-safe; build one and share it (loading analyses every lexicon phrase).
 */
public final class SpecialCategoryDetector implements Detector {

    public static final String ID = "special-categories";

    /** The types this detector reports, one lexicon file per type and language. */
    public static final Set<EntityType> TYPES = Set.copyOf(EnumSet.of(
            EntityType.HEALTH, EntityType.RELIGION, EntityType.ETHNIC_ORIGIN, EntityType.POLITICAL_OPINION,
            EntityType.TRADE_UNION, EntityType.SEX_LIFE_OR_ORIENTATION, EntityType.GENETIC, EntityType.BIOMETRIC,
            EntityType.CRIMINAL_RECORD));

    /** Phrases weighing less need a stronger phrase of their category in the same text. */
    public static final double WEAK_BELOW = 0.5;

    static final double CORROBORATION_BOOST = 0.05;
    static final int MAX_CORROBORATING = 3;
    private static final double MAX_SCORE = 0.99;

    private static final Comparator<Match> PREFERENCE = Comparator.comparingInt(Match::length).reversed()
            .thenComparing(Comparator.comparingDouble((Match m) -> m.entry().weight()).reversed())
            .thenComparingInt(Match::start);

    private final LanguageGuess languageGuess = new LanguageGuess();
    private final Map<LexiconLanguage, PhraseMatcher> matchers;

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
        this.matchers = Map.copyOf(LexiconLoader.load(overrides));
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
        for (LexiconLanguage language : languageGuess.languagesOf(text)) {
            matchers.get(language).match(text.text(),
                    (entry, start, end) -> matches.add(new Match(entry, start, end)));
        }
        if (matches.isEmpty()) {
            return;
        }
        List<Match> kept = withoutOverlaps(matches);
        for (Match match : kept) {
            int others = distinctOtherPhrases(kept, match);
            double weight = match.entry().weight();
            if (weight < WEAK_BELOW && !hasStrongCompanion(kept, match)) {
                continue;
            }
            double score = Math.min(MAX_SCORE,
                    weight + CORROBORATION_BOOST * Math.min(others, MAX_CORROBORATING));
            sink.add(new Finding(match.entry().type(), match.start(), match.end(), Math.max(weight, score), ID));
        }
    }

    /** Longest first, then heaviest; a match overlapping one already kept is dropped. Result in text order. */
    private static List<Match> withoutOverlaps(List<Match> matches) {
        if (matches.size() == 1) {
            return matches;
        }
        matches.sort(PREFERENCE);
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match candidate : matches) {
            boolean free = true;
            for (int i = 0; i < kept.size() && free; i++) {
                free = !kept.get(i).overlaps(candidate);
            }
            if (free) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /** How many other phrases of the same category (by analysed phrase, not by occurrence) the text holds. */
    private static int distinctOtherPhrases(List<Match> kept, Match match) {
        int count = 0;
        for (int i = 0; i < kept.size(); i++) {
            Match other = kept.get(i);
            if (other.entry().type() != match.entry().type() || samePhrase(other, match)) {
                continue;
            }
            boolean firstOfItsPhrase = true;
            for (int j = 0; j < i && firstOfItsPhrase; j++) {
                firstOfItsPhrase = !samePhrase(kept.get(j), other);
            }
            if (firstOfItsPhrase) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasStrongCompanion(List<Match> kept, Match match) {
        for (Match other : kept) {
            if (other.entry().type() == match.entry().type() && other.entry().weight() >= WEAK_BELOW) {
                return true;
            }
        }
        return false;
    }

    /** The same lexicon line; two languages' lines for one word count as one phrase too. */
    private static boolean samePhrase(Match a, Match b) {
        return a.entry() == b.entry() || a.entry().phrase().equalsIgnoreCase(b.entry().phrase());
    }

    @Override
    public String toString() {
        return "SpecialCategoryDetector[" + matchers.size() + " languages]";
    }

    /** A lexicon phrase found at {@code [start, end)}. */
    private record Match(LexiconEntry entry, int start, int end) {

        int length() {
            return end - start;
        }

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }
}
