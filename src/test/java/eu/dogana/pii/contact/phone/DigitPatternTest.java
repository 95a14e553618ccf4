package eu.dogana.pii.contact.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link DigitPattern} answers as {@link java.util.regex.Matcher#matches} and {@code lookingAt} do. */
class DigitPatternTest {

    @Test
    void matchesAndLooksAtLikeJavaRegex() {
        Random random = new Random(3);
        for (String regex : List.of("06698", "74576|(?:16|7[56])24", "[02-689]|7[0-8]", "1[03-79]|[2-9]",
                "(?:1\\d|2[0-5])\\d{3,5}", "\\d*", "0?")) {
            DigitPattern pattern = DigitPattern.of(regex);
            Pattern java = Pattern.compile(regex);
            for (int i = 0; i < 3_000; i++) {
                StringBuilder digits = new StringBuilder();
                for (int n = random.nextInt(9); n > 0; n--) {
                    digits.append((char) ('0' + random.nextInt(10)));
                }
                String s = digits.toString();
                assertThat(pattern.matches(s)).as("%s matches %s", regex, s).isEqualTo(java.matcher(s).matches());
                assertThat(pattern.matchesPrefixOf(s)).as("%s lookingAt %s", regex, s)
                        .isEqualTo(java.matcher(s).lookingAt());
            }
        }
    }

    @Test
    void emptyInput() {
        assertThat(DigitPattern.of("06698").matches("")).isFalse();
        assertThat(DigitPattern.of("06698").matchesPrefixOf("")).isFalse();
        assertThat(DigitPattern.of("0?").matchesPrefixOf("")).isTrue();
        assertThat(DigitPattern.of("06698").matchesPrefixOf("066981234")).isTrue();
    }
}
