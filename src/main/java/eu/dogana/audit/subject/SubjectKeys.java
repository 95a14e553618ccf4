package eu.dogana.audit.subject;

import eu.dogana.audit.Pseudonyms;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Identifiers;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The key under which a data subject's references are stored: a tenant-keyed HMAC of the normalised identifier,
 * without its type, so that a DPO can look a person up by the identifier alone — the lookup tries each
 * normalisation the identifier could have been stored under.
 */
@Singleton
public final class SubjectKeys {

    /**
     * One type per distinct normalisation rule in {@link Identifiers} among the types that identify a subject
     * ({@link Identifiers#identifiesSubject}). IBAN's rule (separators dropped, upper case) is also the one every type
     * had before IP, MAC and crypto addresses got their own, so references stored then are still found.
     */
    private static final List<EntityType> NORMAL_FORMS = List.of(EntityType.PERSON, EntityType.EMAIL_ADDRESS,
            EntityType.PHONE_NUMBER, EntityType.IBAN_CODE, EntityType.CRYPTO, EntityType.IP_ADDRESS,
            EntityType.MAC_ADDRESS);

    private final Pseudonyms pseudonyms;

    SubjectKeys(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public String of(String tenant, String normalisedIdentifier) {
        return pseudonyms.of(tenant, "subject\u0000" + normalisedIdentifier);
    }

    /** Every key a stored reference to {@code identifier}, as a DPO writes it, could have. */
    public Set<String> candidates(String tenant, String identifier) {
        Set<String> keys = new LinkedHashSet<>();
        for (String normalised : normalForms(identifier)) {
            keys.add(of(tenant, normalised));
        }
        return keys;
    }

    /** Every normalised identifier a stored reference to {@code identifier} could have been made from. */
    static Set<String> normalForms(String identifier) {
        Set<String> forms = new LinkedHashSet<>();
        for (EntityType form : NORMAL_FORMS) {
            String normalised = Identifiers.normalise(form, identifier);
            if (!normalised.isEmpty()) {
                forms.add(normalised);
            }
        }
        return forms;
    }
}
