package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds German Steuer-IDs (IdNr): eleven digits, a repetition rule and a MOD 11,10 check digit. */
public final class GermanTaxIdDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "Steuer-ID", "SteuerID", "Steuer-IdNr", "IdNr", "Steueridentifikationsnummer",
            "steuerliche Identifikationsnummer", "Identifikationsnummer", "Steuernummer", "TIN", "tax ID",
            "taxpayer", "tax identification", "identificativo fiscale", "codice fiscale", "identifiant fiscal",
            "identificación fiscal", "fiscaal identificatienummer", "identyfikacji podatkowej",
            "identificação fiscal");

    public GermanTaxIdDetector() {
        super("de-tax-id", EntityType.DE_TAX_ID, CONTEXT, 11, 11, 0.5, 0.5, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        return GermanTaxId.isValid(chars, offset) ? Verdict.WEAK : Verdict.REJECT;
    }
}
