package eu.dogana.audit.subject;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Identifiers;
import org.junit.jupiter.api.Test;

/** A DPO's lookup meets the form under which the gateway stored each kind of subject reference. */
class SubjectKeysTest {

    @Test
    void aLookupTriesTheFormOfEveryIdentifyingType() {
        for (EntityType type : EntityType.values()) {
            if (!Identifiers.identifiesSubject(type)) {
                continue;
            }
            for (String written : new String[] {"2001:DB8:0:0::1", "00-1A-2B-3C-4D-5E", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
                    "IT60 X054 2811 1010 0000 0123 456", "Mario@Example.it", "+39 02 1234 5678", "Mario Rossi"}) {
                String stored = Identifiers.normalise(type, written);
                if (!stored.isEmpty()) { // a phone number's form of a text without digits: nothing is stored
                    assertThat(SubjectKeys.normalForms(written)).as(type + " " + written).contains(stored);
                }
            }
        }
    }

    @Test
    void referencesStoredBeforeAddressesHadTheirOwnFormAreStillFound() {
        // the form every type other than names, e-mail and phone had: separators dropped, upper case
        assertThat(SubjectKeys.normalForms("192.168.1.10")).contains("192168110", "192.168.1.10");
    }
}
