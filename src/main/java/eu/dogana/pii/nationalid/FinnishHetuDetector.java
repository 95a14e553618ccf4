package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Finnish personal identity codes ("131052-308T", "010594Y9032", "020502A123B"): date, century sign and a
 * mod-31 check character make the format strong evidence alone. The signs '-' and '+' separate words, so such a
 * code arrives as two groups of six and four with the sign between them; letter signs keep it one word.
 */
public final class FinnishHetuDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "henkilötunnus", "HETU", "sosiaaliturvatunnus", "personbeteckning", "personal identity",
            "Personenkennzeichen", "identificativo personale", "identifiant personnel", "identificación personal",
            "identificatiecode", "identyfikacyjny", "identificação pessoal");

    private static final int[] SIGN_SEPARATED = {6, 4};

    public FinnishHetuDetector() {
        super("fi-personal-identity-code", EntityType.FI_PERSONAL_IDENTITY_CODE, CONTEXT, 10, 11, 0.5, 0.9, 1.0);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (length == FinnishHetu.LENGTH) {
            return candidates.groups(candidate) == 1 && FinnishHetu.isValid(chars, offset)
                    ? Verdict.STRONG : Verdict.REJECT;
        }
        if (!candidates.hasGroups(candidate, SIGN_SEPARATED)) {
            return Verdict.REJECT;
        }
        return FinnishHetu.isValid(chars, offset, candidates.separatorAfter(candidate, 0))
                ? Verdict.STRONG : Verdict.REJECT;
    }
}
