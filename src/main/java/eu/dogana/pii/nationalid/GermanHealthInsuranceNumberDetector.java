package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds German Krankenversichertennummern (KVNR): a letter, eight digits and a check digit. */
public final class GermanHealthInsuranceNumberDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "Krankenversichertennummer", "KVNR", "Versichertennummer", "Krankenversicherung", "Krankenkasse",
            "Gesundheitskarte", "eGK", "health insurance", "insurance", "assicurazione sanitaria",
            "assurance maladie", "seguro médico", "zorgverzekering", "ziektekostenverzekering",
            "ubezpieczenia zdrowotnego", "seguro de saúde");

    public GermanHealthInsuranceNumberDetector() {
        super("de-health-insurance-number", EntityType.DE_HEALTH_INSURANCE_NUMBER, CONTEXT, 10, 10, 0.5, 0.5, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        return GermanHealthInsuranceNumber.isValid(chars, offset) ? Verdict.WEAK : Verdict.REJECT;
    }
}
