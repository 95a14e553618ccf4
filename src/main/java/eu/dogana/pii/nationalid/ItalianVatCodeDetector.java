package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Italian partite IVA, eleven digits or "IT" and eleven digits. Eleven bare digits with a Luhn check are
 * common enough to score modestly alone; the prefix or a context word ("partita IVA", "USt-IdNr", "TVA") raises it.
 */
public final class ItalianVatCodeDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "partita IVA", "P.IVA", "PIVA", "VAT", "VATIN", "USt-IdNr", "USt-ID", "Umsatzsteuer",
            "Umsatzsteuer-Identifikationsnummer", "TVA", "intracommunautaire", "BTW", "NIP", "VIES",
            "intracomunitaria", "IVA");

    public ItalianVatCodeDetector() {
        super("it-vat-code", EntityType.IT_VAT_CODE, CONTEXT, 11, 13, 0.4, 0.6, 0.9);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (length == ItalianVatCode.LENGTH) {
            return ItalianVatCode.isValid(chars, offset) ? Verdict.WEAK : Verdict.REJECT;
        }
        boolean prefixed = length == ItalianVatCode.LENGTH + 2 && chars[offset] == 'I' && chars[offset + 1] == 'T';
        return prefixed && ItalianVatCode.isValid(chars, offset + 2) ? Verdict.STRONG : Verdict.REJECT;
    }
}
