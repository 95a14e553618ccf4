package eu.dogana.gateway.privacy;

import eu.dogana.pii.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Holds back one streamed answer text (a choice's {@code content}, say) until it has been scanned for personal data
 * the caller did not send, and lets it go with the answer's operators applied: what a stream has sent cannot be
 * taken back, so a value the policy wants redacted must be caught before it leaves.
 *
 * <p>Text is released in stretches that end at whitespace, at least {@value #LOOKAHEAD} characters before the end of
 * what has arrived, and never inside a finding: a value still growing at the end ("IT60 X054 2811 …", "Mario" before
 * "Rossi") is held until it can be seen whole. Each scan covers the held text and, for context words ("IBAN:",
 * "Herr"), up to {@value #CONTEXT} characters already released before it; findings that begin in those were decided
 * when they were released. A text without whitespace is released at {@value #MAX_HELD} characters regardless.
 *
 * <p>The price is latency: a caller sees an answer a stretch of about {@value #WINDOW} characters at a time rather
 * than token by token. That is why {@link StreamedAnswer} screens only when the answer operators change something.
 * The screen is as good as the detectors are on part of a value: one not recognised until more than
 * {@value #LOOKAHEAD} characters of it have arrived could be cut before it is (a PEM private key is recognised from
 * its first line, and then held whole).
 *
 * <p>A text with a format of its own may forbid some cuts on top of these ({@link CutRule}): raw JSON is never cut
 * inside an escape sequence, since each stretch is rewritten on its own and half an escape would be taken for
 * something else.
 *
 * <p>One instance per stream of text; not thread-safe.
 */
final class LeakScreen {

    /**
     * Text held before a scan: about 60 tokens of latency, for a scan of under 20 us that also reads the lookahead
     * and the context again. Small against the seconds a model takes to write it.
     */
    static final int WINDOW = 256;
    /** Characters after a release's end already received: a value at the end of what has arrived may go on. */
    static final int LOOKAHEAD = 96;
    /** Released characters scanned again before the held text, for the context words detectors look for. */
    static final int CONTEXT = 128;
    /** The most ever held: a stream without whitespace is released regardless, scanned as far as it came. */
    static final int MAX_HELD = 8 * 1024;

    /**
     * Where a text may be cut, on top of the screen's own rules: the nearest allowed cut at or before a proposed
     * one, 0 when there is none.
     */
    @FunctionalInterface
    interface CutRule {

        /** Text may be cut anywhere. */
        CutRule ANYWHERE = (text, cut) -> cut;

        int atOrBefore(CharSequence text, int cut);
    }

    private final Function<String, List<Finding>> leaks;
    private final BiFunction<String, List<Finding>, String> apply;
    private final CutRule cutRule;
    /** The end of the released text, as the backend wrote it (not rewritten): context for the next scan. */
    private final StringBuilder context = new StringBuilder();
    private final StringBuilder held = new StringBuilder();
    /**
     * How much must be held before the next scan: {@value #WINDOW}, or more after a scan that released nothing, so
     * that a long run without whitespace is scanned every half window, not on every piece.
     */
    private int scanAt = WINDOW;

    /**
     * @param leaks finds the personal data in a text that the caller did not send
     * @param apply rewrites a text for its findings with the answer's operators
     */
    LeakScreen(Function<String, List<Finding>> leaks, BiFunction<String, List<Finding>, String> apply) {
        this(leaks, apply, CutRule.ANYWHERE);
    }

    /** @param cutRule where the text's format allows a cut (raw JSON: not inside an escape sequence) */
    LeakScreen(Function<String, List<Finding>> leaks, BiFunction<String, List<Finding>, String> apply,
               CutRule cutRule) {
        this.leaks = leaks;
        this.apply = apply;
        this.cutRule = cutRule;
    }

    /** Takes the next piece of restored answer text; returns what may be sent now, screened (possibly empty). */
    String push(String piece) {
        held.append(piece);
        if (held.length() < scanAt) {
            return "";
        }
        int before = held.length();
        String released = release(false);
        scanAt = held.length() == before ? before + WINDOW / 2 : WINDOW;
        return released;
    }

    /** The end of the stream: everything held, screened. */
    String finish() {
        return held.isEmpty() ? "" : release(true);
    }

    boolean holding() {
        return !held.isEmpty();
    }

    private String release(boolean all) {
        int offset = context.length();
        String scanned = context + held.toString();
        List<Finding> found = new ArrayList<>();
        for (Finding finding : leaks.apply(scanned)) {
            if (finding.start() >= offset) {
                found.add(shifted(finding, -offset));
            }
        }
        int cut = all ? held.length() : cut(found);
        if (cut <= 0) {
            return "";
        }
        String released = held.substring(0, cut);
        List<Finding> inside = new ArrayList<>();
        for (Finding finding : found) {
            if (finding.end() <= cut) {
                inside.add(finding);
            } else if (finding.start() < cut) {
                // only when a value longer than everything held is forced out short of its end (by the cut rule):
                // what is released of it is rewritten, rather than sent as it is
                inside.add(new Finding(finding.type(), finding.start(), cut, finding.score(), finding.detector()));
            }
        }
        held.delete(0, cut);
        context.append(released);
        context.delete(0, Math.max(0, context.length() - CONTEXT));
        return inside.isEmpty() ? released : apply.apply(released, inside);
    }

    /**
     * Where the held text may be cut: after the last whitespace at least {@value #LOOKAHEAD} characters before its
     * end, moved back to the start of any finding that would be cut through and to where the cut rule allows; 0
     * when nothing may go yet.
     */
    private int cut(List<Finding> found) {
        int cut = 0;
        for (int i = held.length() - LOOKAHEAD; i > 0; i--) {
            if (Character.isWhitespace(held.charAt(i - 1))) {
                cut = i;
                break;
            }
        }
        if (cut == 0 && held.length() >= MAX_HELD) {
            cut = held.length() - LOOKAHEAD;
        }
        int proposed;
        do {
            proposed = cut;
            for (Finding finding : found) {
                if (finding.start() < cut && cut < finding.end()) {
                    cut = finding.start();
                }
            }
            cut = cutRule.atOrBefore(held, cut);
        } while (cut != proposed && cut > 0);
        if (cut == 0 && held.length() >= MAX_HELD) {
            // one value longer than everything held: nothing better will come, release it screened as it is
            return cutRule.atOrBefore(held, held.length());
        }
        return cut;
    }

    private static Finding shifted(Finding finding, int by) {
        return new Finding(finding.type(), finding.start() + by, finding.end() + by, finding.score(),
                finding.detector());
    }
}
