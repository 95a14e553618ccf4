package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Spanish NIFs: DNI numbers (eight digits and a mod-23 letter) and K/L/M NIFs score high alone; company NIFs
 * (former CIF), whose control is a Luhn-style digit, modestly.
 */
public final class SpanishNifDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "DNI", "NIF", "CIF", "documento nacional de identidad", "identificación fiscal", "Personalausweis",
            "Ausweis", "carta d'identità", "carte d'identité", "identity", "tax ID", "identiteitskaart",
            "dowód", "identificação");

    public SpanishNifDetector() {
        super("es-nif", EntityType.ES_NIF, CONTEXT, 9, 9, 0.5, 0.75, 0.95);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (SpanishNif.isValidPerson(chars, offset)) {
            return Verdict.STRONG;
        }
        return SpanishNif.isValidCompany(chars, offset) ? Verdict.WEAK : Verdict.REJECT;
    }
}
