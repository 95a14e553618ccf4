package eu.dogana.pii.contact.phone;

import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * One of libphonenumber's digit patterns (a leading-digits rule, a general description) compiled once to a
 * deterministic automaton, answering what libphonenumber asks its {@link java.util.regex.Matcher} per number:
 * {@code matches} (the whole string) and {@code lookingAt} (some prefix), without a matcher or a string.
 * libphonenumber's regex syntax is a subset of Lucene's {@link RegExp} once non-capturing groups are plain groups.
 */
final class DigitPattern {

    /** Bounds an automaton's construction; the largest European region needs a few thousand states. */
    private static final int DETERMINIZE_WORK_LIMIT = 1_000_000;

    private final CharacterRunAutomaton automaton;

    private DigitPattern(CharacterRunAutomaton automaton) {
        this.automaton = automaton;
    }

    static DigitPattern of(String regex) {
        return new DigitPattern(new CharacterRunAutomaton(automatonOf(regex)));
    }

    /** A libphonenumber pattern as a deterministic automaton: the one place its syntax is translated. */
    static Automaton automatonOf(String regex) {
        return deterministic(new RegExp(regex.replace("(?:", "(")).toAutomaton());
    }

    static Automaton deterministic(Automaton automaton) {
        return Operations.determinize(automaton, DETERMINIZE_WORK_LIMIT);
    }

    /** Whether the whole of {@code digits} matches, as {@code Matcher.matches} decides. */
    boolean matches(CharSequence digits) {
        int state = 0;
        for (int i = 0; i < digits.length() && state >= 0; i++) {
            state = automaton.step(state, digits.charAt(i));
        }
        return state >= 0 && automaton.isAccept(state);
    }

    /** Whether some prefix of {@code digits} (the empty one included) matches, as {@code Matcher.lookingAt} decides. */
    boolean matchesPrefixOf(CharSequence digits) {
        int state = 0;
        for (int i = 0; !automaton.isAccept(state); i++) {
            if (i == digits.length() || (state = automaton.step(state, digits.charAt(i))) < 0) {
                return false;
            }
        }
        return true;
    }
}
