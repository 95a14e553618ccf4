package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds document numbers of German identity cards. Nine characters from the card alphabet prove little, so they are
 * reported only near a context word; with the tenth, check, character and at least one letter they score modestly
 * alone.
 */
public final class GermanIdCardDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "Personalausweis", "Personalausweisnummer", "Ausweis", "Ausweisnummer", "Perso", "Dokumentennummer",
            "identity", "carta d'identità", "carte d'identité", "documento de identidad",
            "identiteitskaart", "dowód osobisty", "cartão de cidadão", "bilhete de identidade",
            "document", "documento");

    public GermanIdCardDetector() {
        super("de-id-card", EntityType.DE_ID_CARD, CONTEXT, 9, 10, 0.5, 0.5, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (length == GermanIdCard.LENGTH) {
            return GermanIdCard.isDocumentNumber(chars, offset) ? Verdict.NEEDS_CONTEXT : Verdict.REJECT;
        }
        if (!GermanIdCard.isDocumentNumberWithCheckDigit(chars, offset)) {
            return Verdict.REJECT;
        }
        return Digits.allDigits(chars, offset, length) ? Verdict.NEEDS_CONTEXT : Verdict.WEAK;
    }
}
