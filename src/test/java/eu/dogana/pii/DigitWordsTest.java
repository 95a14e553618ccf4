package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitWordsTest {

    /** Each word with a digit as "text@start-end#word", read back from the {@link DigitWords}. */
    private static List<String> digitWords(String text) {
        ScanText scan = new ScanText(text);
        DigitWords words = DigitWords.of(scan);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            assertThat(words.flags(k)).isEqualTo(scan.wordFlags(words.word(k)));
            assertThat(words.start(k)).isEqualTo(scan.wordStart(words.word(k)));
            assertThat(words.end(k)).isEqualTo(scan.wordEnd(words.word(k)));
            out.add(text.substring(words.start(k), words.end(k)) + "@" + words.start(k) + "-" + words.end(k) + "#"
                    + words.word(k));
        }
        return out;
    }

    @Test
    void emptyTextAndTextWithoutDigitsHaveNone() {
        assertThat(digitWords("")).isEmpty();
        assertThat(digitWords("   ")).isEmpty();
        assertThat(digitWords("Ein ganz normaler Satz ohne Zahlen.")).isEmpty();
    }

    @Test
    void wordsAtTheTextsStartAndEnd() {
        assertThat(digitWords("4111 ist die Karte, nicht 12")).containsExactly("4111@0-4#0", "12@26-28#5");
        assertThat(digitWords("7")).containsExactly("7@0-1#0");
    }

    @Test
    void flagsAreTheWordsFlags() {
        ScanText scan = new ScanText("IBAN DE89370400440532013000 und 2024 oder ab12cd");
        DigitWords words = DigitWords.of(scan);
        assertThat(words.size()).isEqualTo(3);
        assertThat(words.flags(0) & ScanText.ALL_DIGITS).isZero();
        assertThat(words.flags(0) & ScanText.ALL_ASCII).isNotZero();
        assertThat(words.flags(1) & (ScanText.ALL_DIGITS | ScanText.ALL_HEX)).isEqualTo(ScanText.ALL_DIGITS | ScanText.ALL_HEX);
        assertThat(words.flags(2) & ScanText.ALL_HEX).isNotZero();
    }

    @Test
    void nonLatinScriptsAndEmoji() {
        // a word with letters outside ASCII keeps its digit; a surrogate pair does not split a word
        assertThat(digitWords("Łódź 90-001, улица 5а, 😀7 и ٣")).containsExactly(
                "90@5-7#1", "001@8-11#2", "5а@19-21#4", "😀7@23-26#5");
    }

    @Test
    void longWordsAndManyWords() {
        String longWord = "1".repeat(5000);
        assertThat(digitWords("x " + longWord + " y")).containsExactly(longWord + "@2-5002#1");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("word ").append(i).append(' ');
        }
        List<String> words = digitWords(text.toString());
        assertThat(words).hasSize(1000);
        assertThat(words.get(999)).startsWith("999@");
    }

    @Test
    void sharedPerTextAndFoundByOffset() {
        ScanText scan = new ScanText("a 1 b 22 c 333");
        DigitWords words = DigitWords.of(scan);
        assertThat(DigitWords.of(scan)).isSameAs(words);
        assertThat(words.firstStartingAtOrAfter(0)).isZero();
        assertThat(words.firstStartingAtOrAfter(3)).isEqualTo(1);
        assertThat(words.firstStartingAtOrAfter(6)).isEqualTo(1);
        assertThat(words.firstStartingAtOrAfter(7)).isEqualTo(2);
        assertThat(words.firstStartingAtOrAfter(14)).isEqualTo(3);
    }
}
