package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/**
 * Finds Swedish personnummer. The usual forms ({@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}, {@code YYYYMMDD-NNNC},
 * twelve digits) score well alone; ten bare digits, which a Luhn check and a date do not single out, modestly;
 * other groupings only with a context word.
 */
public final class SwedishPersonnummerDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "personnummer", "personnr", "samordningsnummer", "personal identity", "Personennummer",
            "codice personale", "identifiant personnel", "personal", "persoonsnummer", "osobisty", "pessoal");

    private static final int[] SHORT_FORM = {6, 4};
    private static final int[] LONG_FORM = {8, 4};

    public SwedishPersonnummerDetector() {
        super("se-personnummer", EntityType.SE_PERSONNUMMER, CONTEXT, 10, 12, 0.45, 0.7, 0.95);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        if (length == 11 || !SwedishPersonnummer.isValid(chars, offset, length)) {
            return Verdict.REJECT;
        }
        if (candidates.groups(candidate) == 1) {
            return length == 12 ? Verdict.STRONG : Verdict.WEAK;
        }
        if (candidates.hasGroups(candidate, SHORT_FORM)) {
            char separator = candidates.separatorAfter(candidate, 0);
            return separator == '-' || separator == '+' ? Verdict.STRONG : Verdict.NEEDS_CONTEXT;
        }
        if (candidates.hasGroups(candidate, LONG_FORM) && candidates.separatorAfter(candidate, 0) == '-') {
            return Verdict.STRONG;
        }
        return Verdict.NEEDS_CONTEXT;
    }
}
