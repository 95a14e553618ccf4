package eu.dogana.pii.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamRestorerTest {

    private final PseudonymVault vault = new PseudonymVault();

    @BeforeEach
    void mint() {
        for (int i = 1; i <= 12; i++) {
            vault.placeholderFor(EntityType.PERSON, "Person Number" + i);
        }
        vault.placeholderFor(EntityType.IBAN_CODE, "IT60 X054 2811 1010 0000 0123 456");
        vault.placeholderFor(EntityType.EMAIL_ADDRESS, "mario.rossi@example.it");
    }

    private static final String ANSWER = "Dear PERSON_1, PERSON_12 sent IBAN_CODE_1 to EMAIL_ADDRESS_1. "
            + "XPERSON_1 and PERSON_1x and PERSON_13 stay; (PERSON_2) ends PERSON_3";

    private static final String RESTORED = "Dear Person Number1, Person Number12 sent IT60 X054 2811 1010 0000 0123 456"
            + " to mario.rossi@example.it. XPERSON_1 and PERSON_1x and PERSON_13 stay; (Person Number2) ends Person Number3";

    @Test
    void restoresCompleteText() {
        assertThat(new Restorer(vault).restore(ANSWER)).isEqualTo(RESTORED);
    }

    @Test
    void everyChunkSizeGivesTheSameText() {
        for (int size = 1; size <= ANSWER.length(); size++) {
            StreamRestorer stream = new Restorer(vault).stream();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < ANSWER.length(); i += size) {
                out.append(stream.push(ANSWER.substring(i, Math.min(ANSWER.length(), i + size))));
            }
            out.append(stream.finish());
            assertThat(out.toString()).as("chunk size %d", size).isEqualTo(RESTORED);
        }
    }

    @Test
    void holdsBackOnlyWhatCouldStillBecomeAPlaceholder() {
        StreamRestorer stream = new Restorer(vault).stream();
        assertThat(stream.push("Hello PER")).isEqualTo("Hello ");
        assertThat(stream.holding()).isTrue();
        assertThat(stream.push("SON_1")).isEmpty();
        assertThat(stream.push(" and")).isEqualTo("Person Number1 and");
        assertThat(stream.push(" THE END")).isEqualTo(" THE END");
        assertThat(stream.holding()).isFalse();
        assertThat(stream.push(" lowercase words flow")).isEqualTo(" lowercase words flow");
    }

    @Test
    void noPlaceholdersMeansNothingHeld() {
        StreamRestorer stream = new Restorer(new PseudonymVault()).stream();
        List<String> out = new ArrayList<>();
        for (String piece : List.of("PER", "SON_1", " x")) {
            out.add(stream.push(piece));
        }
        assertThat(out).containsExactly("PER", "SON_1", " x");
    }

    @Test
    void escapesRestoredValuesForJsonArguments() {
        PseudonymVault quoted = new PseudonymVault();
        quoted.placeholderFor(EntityType.PERSON, "Anna \"Nina\" Bianchi");
        Restorer json = new Restorer(quoted, value -> value.replace("\"", "\\\""));
        assertThat(json.restore("{\"name\":\"PERSON_1\"}")).isEqualTo("{\"name\":\"Anna \\\"Nina\\\" Bianchi\"}");
    }
}
