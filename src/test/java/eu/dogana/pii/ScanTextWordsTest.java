package eu.dogana.pii;

import static eu.dogana.pii.ScanText.ALL_ASCII;
import static eu.dogana.pii.ScanText.ALL_DIGITS;
import static eu.dogana.pii.ScanText.ALL_HEX;
import static eu.dogana.pii.ScanText.CAPITALISED;
import static eu.dogana.pii.ScanText.HAS_DIGIT;
import static eu.dogana.pii.ScanText.STARTS_DIGIT;
import static eu.dogana.pii.ScanText.STARTS_UPPER_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The segmentation detectors share: words, what they are made of, and the jumps from candidate to candidate. */
class ScanTextWordsTest {

    @Test
    void segmentsIntoRunsOfLettersDigitsAndMarks() {
        ScanText text = new ScanText("Steuer-ID: 86095742719, Straße 12a; e\u0301té 😀x");
        List<String> words = new ArrayList<>();
        for (int w = 0; w < text.wordCount(); w++) {
            words.add(text.text().substring(text.wordStart(w), text.wordEnd(w)));
        }
        assertThat(words).containsExactly("Steuer", "ID", "86095742719", "Straße", "12a", "e\u0301té", "😀x");
    }

    @Test
    void flagsSayWhatEachWordIsMadeOf() {
        ScanText text = new ScanText("Mario 0301234567 IT89 cafe ab12EF città x9ü");
        assertThat(text.wordFlags(0)).isEqualTo(ALL_ASCII | CAPITALISED | STARTS_UPPER_CASE);
        assertThat(text.wordFlags(1)).isEqualTo(HAS_DIGIT | ALL_DIGITS | ALL_HEX | ALL_ASCII | STARTS_DIGIT);
        assertThat(text.wordFlags(2)).isEqualTo(HAS_DIGIT | ALL_ASCII | STARTS_UPPER_CASE);
        assertThat(text.wordFlags(3)).isEqualTo(ALL_HEX | ALL_ASCII);
        assertThat(text.wordFlags(4)).isEqualTo(HAS_DIGIT | ALL_HEX | ALL_ASCII);
        assertThat(text.wordFlags(5)).isZero();
        assertThat(text.wordFlags(6)).isEqualTo(HAS_DIGIT);
    }

    @Test
    void jumpsToTheNextWordWithAnyOfTheFlagsAsked() {
        ScanText text = new ScanText("via Roma 12 ǅemal Ölz é 3a A4 ");
        assertThat(text.nextWordWithAny(0, CAPITALISED)).isEqualTo(1);
        assertThat(text.nextWordWithAny(2, CAPITALISED)).isEqualTo(3);
        assertThat(text.nextWordWithAny(4, CAPITALISED)).isEqualTo(4);
        assertThat(text.nextWordWithAny(5, CAPITALISED)).isEqualTo(text.wordCount());
        assertThat(text.nextWordWithAny(2, STARTS_DIGIT | STARTS_UPPER_CASE)).isEqualTo(2);
        assertThat(text.nextWordWithAny(3, STARTS_DIGIT | STARTS_UPPER_CASE)).isEqualTo(4);
        assertThat(text.nextWordWithAny(5, STARTS_DIGIT | STARTS_UPPER_CASE)).isEqualTo(6);
        assertThat(text.nextWordWithAny(7, STARTS_DIGIT | STARTS_UPPER_CASE)).isEqualTo(7);
        assertThat(text.nextWordWithAny(8, STARTS_DIGIT)).isEqualTo(text.wordCount());
        assertThat(text.nextWordWithAny(-1, STARTS_DIGIT)).isEqualTo(2);
        assertThat(new ScanText("").nextWordWithAny(0, CAPITALISED)).isZero();
    }

    /** A long text whose few digit words keep a list of their own, trimmed to them: the jumps still land on them. */
    @Test
    void jumpsAcrossALongTextWithFewCandidates() {
        StringBuilder builder = new StringBuilder();
        for (int w = 0; w < 5_000; w++) {
            builder.append(w % 100 == 7 ? "x" + w : "word").append(' ');
        }
        ScanText text = new ScanText(builder.toString());
        assertThat(text.countWordsWith(HAS_DIGIT)).isEqualTo(50);
        assertThat(text.countWordsWith(ALL_ASCII)).isEqualTo(5_000);
        for (int w = 0; w < 5_000; w += 13) {
            int expected = w % 100 <= 7 ? w - w % 100 + 7 : w - w % 100 + 107;
            assertThat(text.nextWordWith(w, HAS_DIGIT)).isEqualTo(expected < 5_000 ? expected : 5_000);
        }
    }

    @Test
    void jumpsToTheNextWordWithTheFlagsAsked() {
        ScanText text = new ScanText("call 030 or fe80 then IT60X054 now");
        assertThat(text.nextWordWith(0, HAS_DIGIT)).isEqualTo(1);
        assertThat(text.nextWordWith(2, HAS_DIGIT)).isEqualTo(3);
        assertThat(text.nextWordWith(4, HAS_DIGIT)).isEqualTo(5);
        assertThat(text.nextWordWith(6, HAS_DIGIT)).isEqualTo(text.wordCount());
        assertThat(text.nextWordWith(0, HAS_DIGIT | ALL_DIGITS)).isEqualTo(1);
        assertThat(text.nextWordWith(2, HAS_DIGIT | ALL_DIGITS)).isEqualTo(text.wordCount());
        assertThat(text.nextWordWith(3, 0)).isEqualTo(3);
        assertThat(text.countWordsWith(HAS_DIGIT)).isEqualTo(3);
        assertThat(text.countWordsWith(ALL_DIGITS)).isEqualTo(1);
        assertThat(text.nextWordStart(0, HAS_DIGIT)).isEqualTo(5);
        assertThat(text.nextWordStart(6, HAS_DIGIT)).isEqualTo(12);
        assertThat(text.nextWordStart(13, HAS_DIGIT)).isEqualTo(22);
        assertThat(text.nextWordStart(23, HAS_DIGIT)).isEqualTo(text.length());
        assertThat(text.nextWordStart(1, 0)).isEqualTo(5);
    }

    @Test
    void comparesWordsWithContextWordsFoldedWhetherAsciiOrNot() {
        ContextWords words = ContextWords.of("IBAN", "Geburtsdatum", "né le", "Straße");
        ScanText text = new ScanText("iban GEBURTSDÁTUM geburtsdatum NÉ strasse Strasse ibans");
        List<Boolean> found = new ArrayList<>();
        for (int w = 0; w < text.wordCount(); w++) {
            found.add(text.isOneOf(w, words));
        }
        assertThat(found).containsExactly(true, true, true, false, true, true, false);
    }

    @Test
    void tellsWhichContextWordAWordIs() {
        ContextWords words = ContextWords.of("IBAN", "Geburtsdatum", "Straße", "телефон");
        ScanText text = new ScanText("Iban GEBURTSDÁTUM STRASSE Телефон ibans");
        List<String> which = new ArrayList<>();
        for (int w = 0; w < text.wordCount(); w++) {
            which.add(text.whichOf(w, words));
        }
        assertThat(which).containsExactly("iban", "geburtsdatum", "strasse", "телефон", null);
    }

    /**
     * The jumps agree with a plain walk over every word, on random texts of words, digits and punctuation, whether
     * they are asked in text order (as detectors do, from where the last search ended) or in any order.
     */
    @Test
    void jumpsAgreeWithAWalkOverEveryWord() {
        Random random = new Random(42);
        String[] pieces = {"a", "7", "ff", "Z", "ü", " ", " ", ".", "-", "42", "x1"};
        int[] flags = {0, HAS_DIGIT, ALL_HEX, HAS_DIGIT | ALL_DIGITS, ALL_ASCII, CAPITALISED, STARTS_DIGIT | ALL_HEX};
        for (int round = 0; round < 300; round++) {
            StringBuilder builder = new StringBuilder();
            for (int i = random.nextInt(round < 200 ? 30 : 400); i > 0; i--) {
                builder.append(pieces[random.nextInt(pieces.length)]);
            }
            ScanText text = new ScanText(builder.toString());
            for (int required : flags) {
                for (int from = 0; from <= text.length(); from++) {
                    assertJumps(text, from, required);
                }
            }
            for (int query = 0; query < 200; query++) {
                assertJumps(text, random.nextInt(text.length() + 1), flags[random.nextInt(flags.length)]);
            }
        }
    }

    @Test
    void segmentsEmptyAndSeparatorOnlyTextsIntoNoWords() {
        assertThat(new ScanText("").wordCount()).isZero();
        assertThat(new ScanText(" ,.- \n").wordCount()).isZero();
        ScanText one = new ScanText("x");
        assertThat(one.wordCount()).isOne();
        assertThat(one.wordEnd(0)).isEqualTo(1);
    }

    @Test
    void findsWordsAtTheStartAndEndOfTheText() {
        ScanText text = new ScanText("Mario, 42");
        assertThat(text.wordCount()).isEqualTo(2);
        assertThat(text.wordStart(0)).isZero();
        assertThat(text.wordEnd(1)).isEqualTo(text.length());
        assertThat(text.wordFlags(1)).isEqualTo(HAS_DIGIT | ALL_DIGITS | ALL_HEX | ALL_ASCII | STARTS_DIGIT);
    }

    @Test
    void keepsSurrogatePairsMarksAndOtherScriptsInsideWords() {
        ScanText text = new ScanText("😀😀 Москва 東京 a\u0301b x😀1 \uD83D");
        List<String> words = new ArrayList<>();
        for (int w = 0; w < text.wordCount(); w++) {
            words.add(text.text().substring(text.wordStart(w), text.wordEnd(w)));
        }
        assertThat(words).containsExactly("😀😀", "Москва", "東京", "a\u0301b", "x😀1", "\uD83D");
        assertThat(text.wordFlags(4)).isEqualTo(HAS_DIGIT);
    }

    /** One word of 10,000 characters, and 5,000 one-letter words: past every first guess of the arrays' sizes. */
    @Test
    void growsPastItsFirstGuessOfTheWordCount() {
        ScanText longWord = new ScanText("a".repeat(10_000));
        assertThat(longWord.wordCount()).isOne();
        assertThat(longWord.wordEnd(0)).isEqualTo(10_000);
        ScanText manyWords = new ScanText("a ".repeat(5_000));
        assertThat(manyWords.wordCount()).isEqualTo(5_000);
        assertThat(manyWords.wordStart(4_999)).isEqualTo(9_998);
        assertThat(manyWords.wordEnd(4_999)).isEqualTo(9_999);
    }

    /**
     * The segmentation agrees with the plain definition (maximal runs of {@link ScanText#isWordChar} characters, flags
     * from their characters) on random texts of ASCII, Latin, other scripts, marks, emoji and lone surrogates.
     */
    @Test
    void segmentationAgreesWithItsDefinition() {
        Random random = new Random(7);
        String[] pieces = {"a", "Z", "7", "f", "ß", "é", "É", "e\u0301", "ж", "Ж", "ǅ", "東", "😀", "\uD83D", "٣", " ", " ",
            ".", "-", "\n", "\u00A0", "\u2019", "0x1F", "Straße12", ",", "😀x", "Mario"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder builder = new StringBuilder();
            for (int i = random.nextInt(round < 1_000 ? 20 : 600); i > 0; i--) {
                builder.append(pieces[random.nextInt(pieces.length)]);
            }
            String string = builder.toString();
            ScanText text = new ScanText(string);
            int w = 0;
            for (int i = 0; i < string.length(); ) {
                if (!ScanText.isWordChar(string.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                int flags = ALL_ASCII | ALL_HEX | ALL_DIGITS;
                boolean anyDigit = false;
                for (; i < string.length() && ScanText.isWordChar(string.charAt(i)); i++) {
                    char c = string.charAt(i);
                    boolean digit = c >= '0' && c <= '9';
                    boolean hex = digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                    flags &= ~(c < 0x80 ? 0 : ALL_ASCII) & ~(hex ? 0 : ALL_HEX) & ~(digit ? 0 : ALL_DIGITS);
                    flags |= digit ? HAS_DIGIT : 0;
                    anyDigit |= Character.isDigit(c);
                }
                char first = string.charAt(start);
                flags |= Character.isUpperCase(first) ? STARTS_UPPER_CASE : 0;
                flags |= first >= '0' && first <= '9' ? STARTS_DIGIT : 0;
                flags |= !anyDigit && (Character.isUpperCase(first) || Character.isTitleCase(first)) ? CAPITALISED : 0;
                assertThat(w).as(string).isLessThan(text.wordCount());
                assertThat(text.wordStart(w)).as(string).isEqualTo(start);
                assertThat(text.wordEnd(w)).as(string).isEqualTo(i);
                assertThat(text.wordFlags(w)).as("%s word %d", string, w).isEqualTo(flags);
                w++;
            }
            assertThat(text.wordCount()).as(string).isEqualTo(w);
        }
    }

    /**
     * The lists of words with a flag are counted eight words at a time and made to measure: the counts agree with a
     * walk over every word, on texts of any word count (whole groups of eight and the rest alone).
     */
    @Test
    void countsOfWordsWithEachFlagAgreeWithAWalkOverEveryWord() {
        Random random = new Random(11);
        String[] pieces = {"a", "7", "ff", "Z", "ü", "Ñ", "٣", " ", " ", ".", "42", "x1"};
        for (int round = 0; round < 500; round++) {
            StringBuilder builder = new StringBuilder();
            for (int i = random.nextInt(round < 300 ? 40 : 600); i > 0; i--) {
                builder.append(pieces[random.nextInt(pieces.length)]);
            }
            ScanText text = new ScanText(builder.toString());
            for (int bit = 0; bit < 7; bit++) {
                int expected = 0;
                for (int w = 0; w < text.wordCount(); w++) {
                    expected += (text.wordFlags(w) >>> bit) & 1;
                }
                assertThat(text.countWordsWith(1 << bit)).as("%s flag %d", text.text(), 1 << bit).isEqualTo(expected);
                assertJumps(text, random.nextInt(text.length() + 1), 1 << bit);
            }
        }
    }

    private static void assertJumps(ScanText text, int from, int required) {
        int expectedStart = text.length();
        for (int w = 0; w < text.wordCount(); w++) {
            if (text.wordStart(w) >= from && (text.wordFlags(w) & required) == required) {
                expectedStart = text.wordStart(w);
                break;
            }
        }
        assertThat(text.nextWordStart(from, required)).as("%s from %d", text.text(), from).isEqualTo(expectedStart);
        int word = Math.min(from, text.wordCount());
        int expectedWord = text.wordCount();
        for (int w = word; w < text.wordCount(); w++) {
            if ((text.wordFlags(w) & required) == required) {
                expectedWord = w;
                break;
            }
        }
        assertThat(text.nextWordWith(word, required)).as("%s word %d", text.text(), word).isEqualTo(expectedWord);
    }
}
