package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds Austrian social security numbers: serial, mod-11 check digit, birth date DDMMYY. */
public final class AustrianSvnrDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "SVNR", "SVN", "VSNR", "SV", "Sozialversicherungsnummer", "Versicherungsnummer", "Sozialversicherung",
            "ecard", "social security", "sécurité sociale", "previdenza sociale", "seguridad social",
            "sociale verzekering", "ubezpieczenia", "segurança social");

    private static final int[][] USUAL_GROUPS = {{10}, {4, 6}};

    public AustrianSvnrDetector() {
        super("at-svnr", EntityType.AT_SVNR, CONTEXT, 10, 10, 0.45, 0.45, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (!AustrianSvnr.isValid(chars, offset)) {
            return Verdict.REJECT;
        }
        return candidates.hasAnyGroups(candidate, USUAL_GROUPS) ? Verdict.WEAK : Verdict.NEEDS_CONTEXT;
    }
}
