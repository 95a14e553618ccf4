package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds Polish PESEL numbers: a birth date with the century in the month and a 1-3-7-9 check digit. */
public final class PolishPeselDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "PESEL", "Personenkennziffer", "personal identification", "identificativo personale",
            "identifiant personnel", "identificación personal", "persoonsnummer", "ewidencyjny", "ewidencji ludności",
            "identificação pessoal");

    private static final int[][] USUAL_GROUPS = {{11}};

    public PolishPeselDetector() {
        super("pl-pesel", EntityType.PL_PESEL, CONTEXT, 11, 11, 0.5, 0.5, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (!PolishPesel.isValid(chars, offset)) {
            return Verdict.REJECT;
        }
        return candidates.hasAnyGroups(candidate, USUAL_GROUPS) ? Verdict.WEAK : Verdict.NEEDS_CONTEXT;
    }
}
