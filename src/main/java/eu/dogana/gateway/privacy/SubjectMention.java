package eu.dogana.gateway.privacy;

import eu.dogana.pii.EntityType;

/**
 * An identifier of a data subject found in a prompt, normalised ({@link eu.dogana.pii.Identifiers}). Held in memory
 * for the request only; the register keeps a tenant-keyed HMAC of it in its erasable subject references.
 */
public record SubjectMention(EntityType type, String normalisedValue) {

    @Override
    public String toString() {
        return "SubjectMention[" + type + "]";
    }
}
