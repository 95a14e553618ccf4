package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Danish CPR numbers ({@code DDMMYY-SSSS}). Numbers issued since 2007 need not pass the modulus-11 test, so
 * a valid birth date is the only check left — far too weak alone: a CPR number is reported only near a context word.
 */
public final class DanishCprDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "CPR", "CPR-nr", "cprnummer", "personnummer", "sundhedskort", "sygesikringskort",
            "civil registration", "personal identification", "Personennummer", "codice personale",
            "identifiant personnel", "personal", "persoonsnummer", "osobisty", "pessoal");

    private static final int[][] FORMS = {{10}, {6, 4}};

    public DanishCprDetector() {
        super("dk-cpr", EntityType.DK_CPR, CONTEXT, 10, 10, 0.0, 0.0, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        return candidates.hasAnyGroups(candidate, FORMS) && DanishCpr.isValid(chars, offset)
                ? Verdict.NEEDS_CONTEXT : Verdict.REJECT;
    }
}
