package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Belgian national register numbers. Written {@code YY.MM.DD-SSS.CC} they score well alone; as eleven bare
 * digits modestly; in other groupings only with a context word.
 */
public final class BelgianNationalNumberDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "rijksregisternummer", "rijksregister", "registre national",
            "national register", "Nationalregisternummer", "Nationalnummer", "INSZ", "NISS", "nazionale",
            "nacional", "identiteitskaart", "carte d'identité", "eID");

    private static final int[] OFFICIAL_GROUPS = {2, 2, 2, 3, 2};
    private static final int[][] USUAL_GROUPS = {{11}, {6, 3, 2}, {6, 5}};

    public BelgianNationalNumberDetector() {
        super("be-national-number", EntityType.BE_NATIONAL_NUMBER, CONTEXT, 11, 11, 0.5, 0.7, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (!BelgianNationalNumber.isValid(chars, offset)) {
            return Verdict.REJECT;
        }
        if (candidates.hasGroups(candidate, OFFICIAL_GROUPS)) {
            return Verdict.STRONG;
        }
        return candidates.hasAnyGroups(candidate, USUAL_GROUPS) ? Verdict.WEAK : Verdict.NEEDS_CONTEXT;
    }
}
