package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Dutch burgerservicenummers. One nine-digit number in eleven passes the elfproef, so alone, and written as nine
 * digits or in the usual groups (3-3-3, 4-2-3), a BSN scores modestly; other groupings need a context word.
 */
public final class DutchBsnDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "BSN", "burgerservicenummer", "sofinummer", "sofi", "persoonsnummer", "citizen service",
            "Bürgerservicenummer", "fiscaal");

    private static final int[][] USUAL_GROUPS = {{9}, {3, 3, 3}, {4, 2, 3}};

    public DutchBsnDetector() {
        super("nl-bsn", EntityType.NL_BSN, CONTEXT, 9, 9, 0.4, 0.4, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (!DutchBsn.isValid(chars, offset)) {
            return Verdict.REJECT;
        }
        return candidates.hasAnyGroups(candidate, USUAL_GROUPS) ? Verdict.WEAK : Verdict.NEEDS_CONTEXT;
    }
}
