package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Portuguese NIFs. Nine digits with a mod-11 check collide with many numbers, so alone (and written as nine
 * digits or 3-3-3) they score modestly, and high only next to "NIF", "contribuinte" and the like.
 */
public final class PortugueseNifDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "NIF", "NIPC", "contribuinte", "identificação fiscal", "finanças", "taxpayer", "tax ID",
            "Steuernummer", "codice fiscale", "identifiant fiscal", "identificación fiscal", "fiscaal",
            "NIP");

    private static final int[][] USUAL_GROUPS = {{9}, {3, 3, 3}};

    public PortugueseNifDetector() {
        super("pt-nif", EntityType.PT_NIF, CONTEXT, 9, 9, 0.4, 0.4, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (!PortugueseNif.isValid(chars, offset)) {
            return Verdict.REJECT;
        }
        return candidates.hasAnyGroups(candidate, USUAL_GROUPS) ? Verdict.WEAK : Verdict.NEEDS_CONTEXT;
    }
}
