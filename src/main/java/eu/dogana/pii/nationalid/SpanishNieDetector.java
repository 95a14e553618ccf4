package eu.dogana.pii.nationalid;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.EntityType;

/** Finds Spanish NIEs (X, Y or Z, seven digits and a mod-23 letter); the format alone is strong evidence. */
public final class SpanishNieDetector extends NationalIdDetector {

    static final ContextWords CONTEXT = ContextWords.of(
            "NIE", "TIE", "identidad de extranjero", "extranjero", "extranjería", "residencia",
            "foreigner", "residence", "Ausländer", "Aufenthaltstitel", "straniero", "étranger", "vreemdeling",
            "cudzoziemca", "estrangeiro");

    public SpanishNieDetector() {
        super("es-nie", EntityType.ES_NIE, CONTEXT, 9, 9, 0.5, 0.9, 1.0);
    }

    @Override
    Verdict check(IdCandidates candidates, int candidate, char[] chars, int offset, int length) {
        return SpanishNie.isValid(chars, offset) ? Verdict.STRONG : Verdict.REJECT;
    }
}
