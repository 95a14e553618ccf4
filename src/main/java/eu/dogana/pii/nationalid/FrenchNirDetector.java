package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds French NIR (social security numbers): fifteen characters with a mod-97 key, Corsica included. */
public final class FrenchNirDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "NIR", "INSEE", "sécurité sociale", "carte vitale", "social security", "Sozialversicherungsnummer",
            "Sozialversicherung", "previdenza sociale", "seguridad social", "sociale zekerheid",
            "ubezpieczenia społecznego", "segurança social");

    public FrenchNirDetector() {
        super("fr-nir", EntityType.FR_NIR, CONTEXT, 15, 15, 0.75, 0.75, 0.95);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        return FrenchNir.isValid(chars, offset) ? Verdict.STRONG : Verdict.REJECT;
    }
}
