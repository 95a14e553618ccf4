package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.ScanText;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A word has the same key however it reaches the memory: ASCII packed from the text, Latin-1, or lower-cased chars. */
class KeyedWordsTest {

    private static PhraseMatcher[] matchers;
    private static PhraseMatcher german;

    @BeforeAll
    static void loadLexicons() {
        Map<LexiconLanguage, PhraseMatcher> loaded = LexiconLoader.load(Optional.empty());
        matchers = new PhraseMatcher[LexiconLanguage.values().length];
        loaded.forEach((language, matcher) -> matchers[language.ordinal()] = matcher);
        german = matchers[LexiconLanguage.DE.ordinal()];
    }

    private final KeyedWords words = new KeyedWords(matchers,
            new LanguageGuess());

    @Test
    void aWordInAnyCaseOrScriptPathHasOneToken() {
        // Krebs: ASCII; KREBS: ASCII capitals; \u212Arebs: a Kelvin sign, lower-cased to 'k' on the char path
        String text = "Krebs KREBS krebs \u212Arebs";
        words.load(new ScanText(text));

        assertThat(words.count()).isEqualTo(4);
        int krebs = words.tokenNumber(0, german);
        assertThat(krebs).isNotEqualTo(PhraseMatcher.NO_TOKEN);
        for (int w = 1; w < 4; w++) {
            assertThat(words.tokenNumber(w, german)).as("word %d", w).isEqualTo(krebs);
        }
    }

    @Test
    void latin1WordsMeetTheirCharPathTwins() {
        // "Übelkeit" is Latin-1: packed from the text, in whatever case
        String text = "\u00dcbelkeit \u00fcbelkeit \u00dcBELKEIT";
        words.load(new ScanText(text));

        int first = words.tokenNumber(0, german);
        assertThat(words.tokenNumber(1, german)).isEqualTo(first);
        assertThat(words.tokenNumber(2, german)).isEqualTo(first);
        assertThat(words.clueBits(0)).isZero();
    }

    /** The second time, a word that is not ASCII is found by its spelling: it must get what the first time gave. */
    @Test
    void aSpellingSeenBeforeGetsTheSameWordAsTheFirstTime() {
        String text = "\u00dcbelkeit Zdrowie\u0105 Zdrowie\u0105 \u00fcbelkeit d\uD83D\uDE00\u0105 und\u00e9";
        words.load(new ScanText(text));
        int[] first = tokensAndClues();

        words.load(new ScanText(text));

        assertThat(tokensAndClues()).isEqualTo(first);
        assertThat(words.count()).isEqualTo(7); // "d😀ą" is two words, split at the emoji
        assertThat(words.start(5)).isEqualTo(text.indexOf("d\uD83D") + 3);
    }

    private int[] tokensAndClues() {
        int[] values = new int[2 * words.count()];
        for (int w = 0; w < words.count(); w++) {
            values[2 * w] = words.tokenNumber(w, german);
            values[2 * w + 1] = words.clueBits(w);
        }
        return values;
    }

    @Test
    void wordsAtTheEdgesAroundEmojiAndLongWordsKeepTheirSpans() {
        String text = "und\uD83D\uDE00Diabetes " + "x".repeat(40) + " Zdrowie\u0105 UND";
        words.load(new ScanText(text));

        assertThat(words.count()).isEqualTo(5);
        assertThat(words.start(0)).isZero();
        assertThat(words.end(0)).isEqualTo(3);
        assertThat(words.start(1)).isEqualTo(5);
        assertThat(words.end(4)).isEqualTo(text.length());
        assertThat(words.clueBits(0)).isEqualTo(words.clueBits(4)).isNotZero();
    }

    @Test
    void anEmptyTextHasNoWordsAndALongOneGrowsTheBuffers() {
        words.load(new ScanText(""));
        assertThat(words.count()).isZero();

        String text = "Diabetes und Krebs ".repeat(5000);
        words.load(new ScanText(text));
        assertThat(words.count()).isEqualTo(15000);
        assertThat(words.end(14999)).isEqualTo(text.length() - 1);
        assertThat(words.tokenNumber(14999, german)).isEqualTo(words.tokenNumber(2, german));

        words.load(new ScanText("Krebs"));
        assertThat(words.count()).isOne();
    }
}
