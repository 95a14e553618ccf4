package eu.dogana.gateway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArgumentsTest {

    @Test
    void eachKeyAndStringValueIsOneTextInDocumentOrderAndNumbersAndLayoutStayWhenNothingChanges() {
        String arguments = "{ \"na\\u006de\": \"Nicol\\u00f2\", \"n\": 12345678901234567890.10, \"tags\": [\"a\", {\"b\": \"c\"}], \"ok\": true }";
        List<String> seen = new ArrayList<>();
        String same = JsonArguments.edit(arguments, (text, kind) -> {
            seen.add(kind + ":" + text);
            return text;
        });
        assertThat(same).isSameAs(arguments);
        assertThat(seen).containsExactly("ARGUMENT_KEY:name", "ARGUMENT_VALUE:Nicolò", "ARGUMENT_KEY:n",
                "ARGUMENT_KEY:tags", "ARGUMENT_VALUE:a", "ARGUMENT_KEY:b", "ARGUMENT_VALUE:c", "ARGUMENT_KEY:ok");

        String edited = JsonArguments.edit(arguments, (text, kind) -> text.equals("c") ? "\"quoted\"" : text);
        assertThat(edited).isEqualTo("{\"name\":\"Nicolò\",\"n\":12345678901234567890.10,\"tags\":[\"a\",{\"b\":\"\\\"quoted\\\"\"}],\"ok\":true}");
    }

    @Test
    void aRewrittenKeyKeepsItsPlaceAmongTheFields() {
        String arguments = "{\"first\":1,\"mario.rossi@example.it\":{\"role\":\"owner\",\"anna@example.it\":[\"x\"]},\"last\":\"y\"}";
        String edited = JsonArguments.edit(arguments, (text, kind) -> text.contains("@") ? "<" + kind + ">" : text);
        assertThat(edited).isEqualTo(
                "{\"first\":1,\"<ARGUMENT_KEY>\":{\"role\":\"owner\",\"<ARGUMENT_KEY>\":[\"x\"]},\"last\":\"y\"}");
    }

    @Test
    void keysThatBecomeEqualAreAllKeptTheLaterOnesRenamed() {
        String arguments = "{\"a@example.org\":\"x\",\"b@example.org\":\"y\",\" (2)\":\"z\",\"c@example.org\":\"w\"}";
        String edited = JsonArguments.edit(arguments, (text, kind) -> text.contains("@") ? "" : text);
        assertThat(edited).isEqualTo("{\"\":\"x\",\" (2)\":\"y\",\" (2) (2)\":\"z\",\" (3)\":\"w\"}");
    }

    @Test
    void rawJsonIsNeverCutInsideAnEscapeSequence() {
        // a, \u00f2, \\, \", b, and a backslash whose escape has not arrived yet
        String raw = "a\\u00f2\\\\\\\"b\\";
        assertThat(raw).hasSize(13);
        int[] expected = {0, 1, 1, 1, 1, 1, 1, 7, 7, 9, 9, 11, 12, 12};
        for (int cut = 0; cut <= raw.length(); cut++) {
            assertThat(JsonArguments.outsideEscape(raw, cut)).as("cut at %d", cut).isEqualTo(expected[cut]);
        }
        // a run of backslashes is whole escapes from its start
        assertThat(JsonArguments.outsideEscape("x\\\\\\\\y", 4)).isEqualTo(3);
        assertThat(JsonArguments.outsideEscape("x\\\\\\\\y", 5)).isEqualTo(5);
    }

    @Test
    void argumentsThatAreNotOneValidJsonDocumentAreOneRawText() {
        for (String raw : List.of("{\"to\":\"a@example.org\",\"cc\":\"b@exa", "", "{\"a\":\"x\",\"a\":\"y\"}", "{\"a\":1} trailing")) {
            List<String> seen = new ArrayList<>();
            JsonArguments.edit(raw, (text, kind) -> {
                seen.add(kind + ":" + text);
                return text;
            });
            assertThat(seen).containsExactly("JSON_ARGUMENTS:" + raw);
        }
        String string = JsonArguments.edit("\"Nicol\\u00f2\"", (text, kind) -> text + "!");
        assertThat(string).isEqualTo("\"Nicolò!\"");
    }

    @Test
    void findingsInRawJsonKeepUnicodeEscapesWholeAndLeaveOtherEscapesOut() {
        String raw = "\"x\\nMario\\u00f2 y\\\\";
        List<Finding> moved = JsonArguments.outsideEscapes(raw, List.of(
                finding(3, 9),    // "nMario" after the backslash of \n: shrinks to "Mario"
                finding(4, 12),   // "Mario" and half the escape after it: grows to take the escape whole
                finding(16, 18),  // "y\" ends inside \\: shrinks to "y"
                finding(3, 4)));  // only the n of \n: dropped
        assertThat(moved).extracting(f -> raw.substring(f.start(), f.end()))
                .containsExactly("Mario", "Mario\\u00f2", "y");
    }

    private static Finding finding(int start, int end) {
        return new Finding(EntityType.PERSON, start, end, 1.0, "test");
    }
}
