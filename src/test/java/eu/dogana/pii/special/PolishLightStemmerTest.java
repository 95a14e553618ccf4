package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolishLightStemmerTest {

    @ParameterizedTest
    @CsvSource({
            "depresja, depresj", "depresji, depresj", "depresje, depresj", "depresja, depresj",
            "cukrzyca, cukrzyc", "cukrzyce, cukrzyc", "cukrzycy, cukrzyc",
            "karany, karan", "karana, karan", "karanego, karan",
            "zwiazkach, zwiazk", "zwiazkami, zwiazk", "zwiazkowi, zwiazk"})
    void stripsCaseEndings(String word, String stem) {
        assertThat(stem(word)).isEqualTo(stem);
    }

    @Test
    void keepsAtLeastFourLetters() {
        assertThat(stem("ala")).isEqualTo("ala");
        assertThat(stem("rasa")).isEqualTo("rasa");
        assertThat(stem("rasy")).isEqualTo("rasy");
        assertThat(stem("udar")).isEqualTo("udar");
    }

    private static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, PolishLightStemmer.stem(chars, chars.length));
    }
}
