package eu.dogana.pii.nationalid;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Set;

/**
 * The common shape of a national-identifier detector: take the shared {@link IdCandidates}, skip those of the wrong
 * compact length, let the subclass {@link #check check} the rest (format, dates, checksum), then score what passed,
 * higher when a context word ("Steuer-ID", "codice fiscale", "BSN" …) stands within {@value #CONTEXT_WINDOW} words.
 *
 * <p>Scores follow how much a valid checksum proves: a {@link Verdict#STRONG} candidate (letters in fixed places,
 * a mod-97 or mod-31 key) is reported alone with a high score; a {@link Verdict#WEAK} one (nine digits and a mod-11
 * check, which one number in eleven passes) with a modest score; a {@link Verdict#NEEDS_CONTEXT} one only next to a
 * context word. Context never lowers a score.
 */
abstract class NationalIdDetector implements Detector {

    /** How a candidate fared against the identifier's rules. */
    enum Verdict {
        REJECT, NEEDS_CONTEXT, WEAK, STRONG
    }

    static final int CONTEXT_WINDOW = 6;

    private final String id;
    private final EntityType type;
    private final Set<EntityType> types;
    /** This detector's bit in {@link NationalIdContext}. */
    private final int contextBit;
    private final int minLength;
    private final int maxLength;
    private final double weakScore;
    private final double strongScore;
    private final double contextScore;

    NationalIdDetector(String id, EntityType type, ContextWords context, int minLength, int maxLength,
            double weakScore, double strongScore, double contextScore) {
        this.id = requireNonNull(id, "id is null");
        this.type = requireNonNull(type, "type is null");
        this.types = Set.of(type);
        this.contextBit = NationalIdContext.bitOf(requireNonNull(context, "context is null"));
        if (minLength < IdCandidates.MIN_LENGTH || maxLength < minLength || maxLength > IdCandidates.MAX_LENGTH) {
            throw new IllegalArgumentException("need " + IdCandidates.MIN_LENGTH + " <= minLength <= maxLength <= "
                    + IdCandidates.MAX_LENGTH + "; got: " + minLength + ", " + maxLength);
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.weakScore = weakScore;
        this.strongScore = strongScore;
        this.contextScore = contextScore;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<EntityType> types() {
        return types;
    }

    /**
     * Reports each valid candidate once: where two candidates of this detector overlap ("IT 07735410156" and its
     * "07735410156"), only the better is reported — higher score, then longer — so the scanner gets one finding per
     * identifier from each detector.
     *
     * <p>Cost: a visit per candidate of this detector's lengths, merged back into text order when it knows several
     * (a detector of one length walks its group, in text order already). Context is asked for a candidate that
     * passed {@link #check} only, and answered from {@link NationalIdContext}: each word near a candidate is looked
     * up once per text for all detectors, not once per detector.
     */
    @Override
    public final void detect(ScanText text, FindingSink sink) {
        IdCandidates candidates = IdCandidates.of(text);
        Pending pending = new Pending();
        if (minLength == maxLength) {
            // 13 of the 15 detectors want one length, whose group is in text order already: nothing to merge
            for (int p = candidates.firstOfLength(minLength), to = candidates.endOfLength(minLength); p < to; p++) {
                offer(candidates, candidates.candidateAt(p), minLength, pending, sink);
            }
        } else {
            detectMerged(candidates, pending, sink);
        }
        pending.flush(sink);
    }

    /** Visits the candidates of every length from {@code minLength} to {@code maxLength}, in text order. */
    private void detectMerged(IdCandidates candidates, Pending pending, FindingSink sink) {
        int lengths = maxLength - minLength + 1;
        int[] next = new int[lengths];
        for (int k = 0; k < lengths; k++) {
            next[k] = candidates.firstOfLength(minLength + k);
        }
        while (true) {
            // merge the length groups back into text order: the lowest candidate number among their heads
            int c = Integer.MAX_VALUE;
            int from = -1;
            for (int k = 0; k < lengths; k++) {
                if (next[k] < candidates.endOfLength(minLength + k)) {
                    int head = candidates.candidateAt(next[k]);
                    if (head < c) {
                        c = head;
                        from = k;
                    }
                }
            }
            if (from < 0) {
                return;
            }
            next[from]++;
            offer(candidates, c, minLength + from, pending, sink);
        }
    }

    /** Checks and scores one candidate, and keeps it as the pending finding if it is better than an overlapping one. */
    private void offer(IdCandidates candidates, int c, int length, Pending pending, FindingSink sink) {
        Verdict verdict = check(candidates, c, candidates.chars(), candidates.offset(c), length);
        if (verdict == Verdict.REJECT) {
            return;
        }
        // context is looked up only where it can change the score: a strong verdict scores the same either way
        double alone = score(verdict, false);
        double score = alone == score(verdict, true) ? alone : score(verdict, hasContext(candidates, c));
        if (score <= 0) {
            return;
        }
        int start = candidates.start(c);
        int end = candidates.end(c);
        if (pending.start >= 0 && start < pending.end) {
            boolean better = score > pending.score
                    || (score == pending.score && end - start > pending.end - pending.start);
            if (!better) {
                return;
            }
        } else {
            pending.flush(sink);
        }
        pending.start = start;
        pending.end = end;
        pending.score = score;
    }

    /** The finding held back until the next candidate shows whether it overlaps and is better. */
    private final class Pending {
        int start = -1;
        int end = -1;
        double score;

        void flush(FindingSink sink) {
            if (start >= 0) {
                sink.add(new Finding(type, start, end, score, id));
            }
        }
    }

    private boolean hasContext(IdCandidates candidates, int candidate) {
        return candidates.hasContext(candidate, contextBit, CONTEXT_WINDOW);
    }

    /**
     * Judges one candidate whose compact form is {@code chars[offset, offset + length)}, upper case, with
     * {@code minLength <= length <= maxLength}. Its groups and separators can be read from {@code candidates}.
     */
    abstract Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length);

    /** The score for a verdict; 0 means "do not report". */
    double score(Verdict verdict, boolean hasContext) {
        return switch (verdict) {
            case REJECT -> 0;
            case NEEDS_CONTEXT -> hasContext ? contextScore : 0;
            case WEAK -> hasContext ? Math.max(contextScore, weakScore) : weakScore;
            case STRONG -> hasContext ? Math.max(contextScore, strongScore) : strongScore;
        };
    }
}
