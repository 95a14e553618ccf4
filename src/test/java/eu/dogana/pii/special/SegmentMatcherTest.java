package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One walk over a segment for all its languages reports what a walk per language reported, in the same order: a
 * language's matches in text order, languages by ordinal.
 */
class SegmentMatcherTest {

    private static final int ALL = (1 << LexiconLanguage.values().length) - 1;
    private static PhraseMatcher[] matchers;

    @BeforeAll
    static void loadLexicons() {
        Map<LexiconLanguage, PhraseMatcher> loaded = LexiconLoader.load(Optional.empty());
        matchers = new PhraseMatcher[LexiconLanguage.values().length];
        loaded.forEach((language, matcher) -> matchers[language.ordinal()] = matcher);
    }

    private final KeyedWords words = new KeyedWords(matchers, new LanguageGuess());
    private final SegmentMatcher segmentMatcher = new SegmentMatcher(matchers);

    @Test
    void oneWalkReportsWhatAWalkPerLanguageReportsInItsOrder() {
        String text = "Der Patient hat Diabetes Typ 2 und Krebs; the applicant was convicted of fraud, has diabetes "
                + "and cancer; il paziente ha il diabete; de pati\u00ebnt heeft kanker; O doente tem VIH e c\u00e2ncer.";
        // the second time, the memory knows which words begin no phrase and which are no token
        for (int time = 0; time < 2; time++) {
            words.load(new ScanText(text));
            List<String> perLanguage = walkPerLanguage(0, words.count(), ALL);
            List<String> oneWalk = walkOnce(0, words.count(), ALL);

            assertThat(oneWalk).isEqualTo(perLanguage);
            assertThat(oneWalk).hasSizeGreaterThan(4);
            assertThat(oneWalk.stream().map(match -> match.substring(0, 2)).distinct()).hasSizeGreaterThan(2);
        }
    }

    @Test
    void aPhraseDoesNotReachOutsideTheSegmentNorIntoTheNext() {
        String text = "was convicted of fraud";
        words.load(new ScanText(text));
        walkOnce(0, words.count(), ALL);
        int en = 1 << LexiconLanguage.EN.ordinal();

        List<String> cut = walkOnce(1, words.count(), en);
        List<String> whole = walkOnce(0, words.count(), en);

        assertThat(cut).isEqualTo(walkPerLanguage(1, words.count(), en));
        assertThat(whole).isEqualTo(walkPerLanguage(0, words.count(), en));
        assertThat(whole).isNotEqualTo(cut);
        assertThat(walkOnce(0, 0, ALL)).isEmpty();
        assertThat(walkOnce(0, words.count(), 0)).isEmpty();
    }

    @Test
    void manyMatchesInOneSegmentOutgrowTheHeldRoom() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("diabetes cancer Krebs kanker ");
        }
        words.load(new ScanText(text.toString()));

        List<String> oneWalk = walkOnce(0, words.count(), ALL);

        assertThat(oneWalk).hasSizeGreaterThan(100).isEqualTo(walkPerLanguage(0, words.count(), ALL));
    }

    private List<String> walkOnce(int from, int to, int languages) {
        List<String> found = new ArrayList<>();
        segmentMatcher.match(words, from, to, languages, (entry, start, end) -> found.add(describe(entry, start, end)));
        return found;
    }

    /** The walk per language that one walk replaced: every word read once per language. */
    private List<String> walkPerLanguage(int from, int to, int languages) {
        List<String> found = new ArrayList<>();
        for (int rest = languages; rest != 0; rest &= rest - 1) {
            PhraseMatcher matcher = matchers[Integer.numberOfTrailingZeros(rest)];
            PhraseMatcher.Partials partials = matcher.newPartials();
            for (int w = from; w < to; w++) {
                int token = words.tokenNumber(w, matcher);
                if (token == PhraseMatcher.NO_TOKEN) {
                    partials.clear();
                } else {
                    matcher.advance(partials, token, words.start(w), words.end(w),
                            (entry, start, end) -> found.add(describe(entry, start, end)));
                }
            }
        }
        return found;
    }

    private static String describe(LexiconEntry entry, int start, int end) {
        return entry.location() + " " + entry.phrase() + " [" + start + ", " + end + ")";
    }
}
