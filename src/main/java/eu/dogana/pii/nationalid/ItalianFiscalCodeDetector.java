package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds Italian codici fiscali, omocodia variants included; the format alone is strong evidence. */
public final class ItalianFiscalCodeDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "codice fiscale", "CF", "cod. fisc.", "fiscal", "tax", "Steuernummer", "Steuercode",
            "código fiscal", "kod podatkowy", "identificação fiscal",
            "tessera sanitaria", "TIN");

    public ItalianFiscalCodeDetector() {
        super("it-fiscal-code", EntityType.IT_FISCAL_CODE, CONTEXT, 16, 16, 0.5, 0.9, 1.0);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        return ItalianFiscalCode.isValid(chars, offset) ? Verdict.STRONG : Verdict.REJECT;
    }
}
