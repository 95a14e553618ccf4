package eu.dogana.pii.contact.phone;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.util.automaton.Automaton;

/**
 * A deterministic automaton over the digits {@code 0}–{@code 9} only, minimal and packed into one small table: the
 * form in which phone-number validity is checked on every candidate.
 *
 * <p>Why not Lucene's {@code CharacterRunAutomaton}: the automata compiled from libphonenumber's patterns have
 * hundreds of states, most of them equivalent, and are stepped over the whole Unicode alphabet; between two
 * candidates the other detectors push them out of the CPU caches, so each step of a check tended to be a cache miss.
 * Minimised over ten symbols, a region's numbers fit in a few kilobytes, and the set of lengths the automaton
 * accepts rejects most digit runs before the table is touched.
 */
final class DigitAutomaton {

    private static final int DIGITS = 10;

    /** {@code next[state * 10 + digit]}: the next state, or -1 where no accepted string continues. */
    private final short[] next;
    private final boolean[] accept;
    /** Bit {@code n} set when the automaton accepts a string of {@code n} digits (n &lt; 64). */
    private final long lengths;

    private DigitAutomaton(short[] next, boolean[] accept) {
        this.next = next;
        this.accept = accept;
        this.lengths = acceptedLengths(next, accept);
    }

    /**
     * The digit strings {@code automaton} accepts (its other labels are ignored), as a minimal automaton; state 0 of
     * {@code automaton} is its start, and it must be deterministic.
     */
    static DigitAutomaton of(Automaton automaton) {
        if (!automaton.isDeterministic()) {
            throw new IllegalArgumentException("a deterministic automaton is required");
        }
        // 1. the states reachable from the start over digits, numbered in the order found
        Map<Integer, Integer> number = new HashMap<>();
        int[] queue = new int[Math.max(1, automaton.getNumStates())];
        int found = 0;
        if (automaton.getNumStates() > 0) {
            number.put(0, 0);
            queue[found++] = 0;
        }
        int[][] table = new int[found == 0 ? 0 : automaton.getNumStates()][];
        for (int i = 0; i < found; i++) {
            table[i] = new int[DIGITS];
            for (int d = 0; d < DIGITS; d++) {
                int target = automaton.step(queue[i], '0' + d);
                if (target < 0) {
                    table[i][d] = -1;
                    continue;
                }
                Integer known = number.get(target);
                if (known == null) {
                    known = found;
                    number.put(target, found);
                    queue[found++] = target;
                }
                table[i][d] = known;
            }
        }
        boolean[] accepting = new boolean[found];
        for (int i = 0; i < found; i++) {
            accepting[i] = automaton.isAccept(queue[i]);
        }
        return minimal(Arrays.copyOf(table, found), accepting);
    }

    /**
     * Moore's partition refinement: states are split by acceptance, then by the blocks their digits lead to, until
     * nothing splits; states that reach no accepting state become -1.
     */
    private static DigitAutomaton minimal(int[][] table, boolean[] accepting) {
        int n = table.length;
        boolean[] live = liveStates(table, accepting);
        int[] block = new int[n];
        for (int s = 0; s < n; s++) {
            block[s] = !live[s] ? -1 : accepting[s] ? 1 : 0;
        }
        int blocks;
        while (true) {
            Map<String, Integer> signatures = new HashMap<>();
            int[] refined = new int[n];
            for (int s = 0; s < n; s++) {
                if (block[s] < 0) {
                    refined[s] = -1;
                    continue;
                }
                StringBuilder signature = new StringBuilder().append(block[s]);
                for (int d = 0; d < DIGITS; d++) {
                    int t = table[s][d];
                    signature.append(',').append(t < 0 ? -1 : block[t]);
                }
                refined[s] = signatures.computeIfAbsent(signature.toString(), k -> signatures.size());
            }
            int before = (int) Arrays.stream(block).filter(b -> b >= 0).distinct().count();
            blocks = signatures.size();
            block = refined;
            if (blocks == before) {
                break;
            }
        }
        if (n == 0 || block[0] < 0) {
            short[] none = new short[DIGITS];
            Arrays.fill(none, (short) -1);
            return new DigitAutomaton(none, new boolean[1]);
        }
        // renumber so that the start state is 0
        int[] order = new int[blocks];
        Arrays.fill(order, -1);
        order[block[0]] = 0;
        int assigned = 1;
        for (int s = 0; s < n; s++) {
            if (block[s] >= 0 && order[block[s]] < 0) {
                order[block[s]] = assigned++;
            }
        }
        if (blocks > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many states: " + blocks);
        }
        short[] next = new short[blocks * DIGITS];
        boolean[] accept = new boolean[blocks];
        for (int s = 0; s < n; s++) {
            if (block[s] < 0) {
                continue;
            }
            int to = order[block[s]];
            accept[to] = accepting[s];
            for (int d = 0; d < DIGITS; d++) {
                int t = table[s][d];
                next[to * DIGITS + d] = (short) (t < 0 || block[t] < 0 ? -1 : order[block[t]]);
            }
        }
        return new DigitAutomaton(next, accept);
    }

    private static boolean[] liveStates(int[][] table, boolean[] accepting) {
        boolean[] live = accepting.clone();
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int s = 0; s < table.length; s++) {
                if (!live[s]) {
                    for (int t : table[s]) {
                        if (t >= 0 && live[t]) {
                            live[s] = true;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        return live;
    }

    private static long acceptedLengths(short[] next, boolean[] accept) {
        int states = accept.length;
        boolean[] current = new boolean[states];
        current[0] = true;
        long lengths = 0;
        for (int length = 0; length < Long.SIZE; length++) {
            boolean any = false;
            boolean[] following = new boolean[states];
            for (int s = 0; s < states; s++) {
                if (current[s]) {
                    any = true;
                    if (accept[s]) {
                        lengths |= 1L << length;
                    }
                    for (int d = 0; d < DIGITS; d++) {
                        int t = next[s * DIGITS + d];
                        if (t >= 0) {
                            following[t] = true;
                        }
                    }
                }
            }
            if (!any) {
                return lengths;
            }
            current = following;
        }
        return -1L; // strings of 64 digits and more: no length bound
    }

    /** Number of states, for tests and sizing. */
    int size() {
        return accept.length;
    }

    /** Whether the automaton can accept a string of {@code length} digits. */
    boolean acceptsLength(int length) {
        return length >= 0 && (length >= Long.SIZE ? lengths == -1L : (lengths & 1L << length) != 0);
    }

    /**
     * Whether the digits of {@code text} between {@code from} and {@code end}, other characters skipped, are accepted;
     * {@code digits} is how many digits there are.
     */
    boolean accepts(CharSequence text, int from, int end, int digits) {
        if (!acceptsLength(digits)) {
            return false;
        }
        int state = 0;
        for (int i = from; i < end; i++) {
            int d = text.charAt(i) - '0';
            if (d >= 0 && d <= 9 && (state = next[state * DIGITS + d]) < 0) {
                return false;
            }
        }
        return accept[state];
    }
}
