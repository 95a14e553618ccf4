package eu.dogana.pii.contact.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;

/** {@link DigitAutomaton} accepts the digit strings its source automaton accepts, in fewer states. */
class DigitAutomatonTest {

    @Test
    void acceptsWhatTheSourceAccepts() {
        Random random = new Random(13);
        for (String regex : List.of("[1-9]\\d{5,8}", "0[1-9]\\d{2,4}|1[5-7]\\d{8,9}", "(1|2)(3|4)\\d{3}5?", "\\d{0,3}",
                "3[0-5]\\d{7}|3[6-9]\\d{8}|4\\d{9,12}")) {
            DigitAutomaton automaton = DigitAutomaton.of(deterministic(regex));
            Pattern java = Pattern.compile(regex);
            for (int i = 0; i < 20_000; i++) {
                String digits = randomDigits(random, random.nextInt(16));
                assertThat(automaton.accepts(digits, 0, digits.length(), digits.length())).as("%s %s", regex, digits)
                        .isEqualTo(java.matcher(digits).matches());
            }
        }
    }

    @Test
    void mergesEquivalentStates() {
        Automaton source = deterministic("1[0-4]\\d{6}|2[0-4]\\d{6}");
        DigitAutomaton minimal = DigitAutomaton.of(source);
        assertThat(minimal.size()).isLessThan(source.getNumStates()).isEqualTo(9);
    }

    @Test
    void skipsSeparatorsAndChecksTheLengthFirst() {
        DigitAutomaton automaton = DigitAutomaton.of(deterministic("0[1-9]\\d{6}"));
        String written = "call (030) 12-34.5 now";
        int start = written.indexOf('(');
        int end = written.indexOf(" now");
        assertThat(automaton.accepts(written, start, end, 8)).isTrue();
        assertThat(automaton.acceptsLength(8)).isTrue();
        assertThat(automaton.acceptsLength(7)).isFalse();
        assertThat(automaton.acceptsLength(-1)).isFalse();
        assertThat(automaton.acceptsLength(100)).isFalse();
        assertThat(automaton.accepts("0301234", 0, 7, 7)).isFalse();
        assertThat(automaton.accepts("٠٣٠١٢٣٤٥", 0, 8, 0)).isFalse(); // Arabic-Indic digits are no digits here
        assertThat(automaton.accepts("😀03012345😀", 0, 12, 8)).isTrue(); // surrogate pairs are skipped like separators
    }

    @Test
    void emptyLanguageAndEmptyString() {
        DigitAutomaton none = DigitAutomaton.of(Automata.makeEmpty());
        assertThat(none.accepts("", 0, 0, 0)).isFalse();
        assertThat(none.accepts("123", 0, 3, 3)).isFalse();
        DigitAutomaton emptyString = DigitAutomaton.of(Automata.makeEmptyString());
        assertThat(emptyString.accepts("", 0, 0, 0)).isTrue();
        assertThat(emptyString.accepts("1", 0, 1, 1)).isFalse();
        DigitAutomaton unbounded = DigitAutomaton.of(deterministic("\\d*"));
        String many = randomDigits(new Random(1), 200);
        assertThat(unbounded.accepts(many, 0, many.length(), many.length())).isTrue();
    }

    private static Automaton deterministic(String regex) {
        return Operations.determinize(new RegExp(regex).toAutomaton(), 100_000);
    }

    private static String randomDigits(Random random, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
