package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds Irish PPS numbers: seven digits, a mod-23 check letter and an optional second letter. */
public final class IrishPpsnDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "PPS", "PPSN", "personal public service", "public service", "social security", "Revenue",
            "Sozialversicherungsnummer", "previdenza sociale", "sécurité sociale", "seguridad social", "sofinummer",
            "ubezpieczenia", "segurança social");

    public IrishPpsnDetector() {
        super("ie-ppsn", EntityType.IE_PPSN, CONTEXT, 8, 9, 0.6, 0.6, 0.95);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        return IrishPpsn.isValid(chars, offset, length) ? Verdict.WEAK : Verdict.REJECT;
    }
}
