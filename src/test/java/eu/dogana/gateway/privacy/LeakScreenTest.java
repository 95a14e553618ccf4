package eu.dogana.gateway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.transform.Anonymizer;
import eu.dogana.pii.transform.Operator;
import eu.dogana.pii.transform.OperatorPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeakScreenTest {

    /** Spaced IBAN-like values, so that a value spans whitespace and many chunk boundaries. */
    private static final Pattern VALUE = Pattern.compile("[\\w.]+@[\\w.]+\\.[a-z]+|IT\\d\\d(?: \\d{4}){5}");

    private final AtomicInteger scans = new AtomicInteger();

    private List<Finding> leaks(String text) {
        scans.incrementAndGet();
        List<Finding> found = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            found.add(new Finding(EntityType.EMAIL_ADDRESS, m.start(), m.end(), 1.0, "test"));
        }
        return found;
    }

    /** The operator under test: each value becomes its length in brackets, so a cut value would show. */
    private static String redact(String text, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Finding finding : findings) {
            out.append(text, copied, finding.start()).append('[').append(finding.length()).append(']');
            copied = finding.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private LeakScreen screen() {
        return new LeakScreen(this::leaks, LeakScreenTest::redact);
    }

    private static String answer(Random random, int words) {
        String[] plain = {"the", "invoice", "is", "due", "soon,", "please", "write", "to", "our", "office\n"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int pick = random.nextInt(40);
            if (pick == 0) {
                text.append("anna.rossi").append(i).append("@example.org");
            } else if (pick == 1) {
                text.append("IT60 0542 8111 0100 0000 1234");
            } else {
                text.append(plain[random.nextInt(plain.length)]);
            }
            text.append(random.nextInt(8) == 0 ? "\n" : " ");
        }
        return text.toString();
    }

    @Test
    void aStreamCutAnywhereIsScreenedAsTheWholeText() {
        Random random = new Random(3);
        for (int round = 0; round < 40; round++) {
            String text = answer(random, 300 + random.nextInt(700));
            String expected = redact(text, leaks(text));
            int maxPiece = 1 + random.nextInt(round < 20 ? 8 : 200);
            LeakScreen screen = screen();
            StringBuilder sent = new StringBuilder();
            for (int at = 0; at < text.length(); ) {
                int end = Math.min(text.length(), at + 1 + random.nextInt(maxPiece));
                sent.append(screen.push(text.substring(at, end)));
                at = end;
            }
            sent.append(screen.finish());
            assertThat(sent.toString()).isEqualTo(expected);
            assertThat(screen.holding()).isFalse();
        }
    }

    @Test
    void holdsAWindowAndNeverReleasesPartOfAValue() {
        LeakScreen screen = screen();
        String start = "x ".repeat(LeakScreen.WINDOW / 2 - 20);
        assertThat(screen.push(start)).isEmpty();
        assertThat(screen.holding()).isTrue();
        // the value arrives in pieces; whatever is released before it is whole must stop before it
        StringBuilder sent = new StringBuilder();
        for (String piece : List.of("IT60 0542 ", "8111 0100 ", "0000 1234 and ", "more ".repeat(40))) {
            sent.append(screen.push(piece));
            assertThat(sent.toString()).doesNotContain("IT60");
        }
        sent.append(screen.finish());
        assertThat(sent.toString()).isEqualTo(start + "[29] and " + "more ".repeat(40));
    }

    @Test
    void aRunWithoutWhitespaceIsReleasedAtTheBoundAndScannedEveryHalfWindow() {
        // no detector here: the test's pattern would backtrack over the run, and what is counted is the scans
        LeakScreen screen = new LeakScreen(text -> {
            scans.incrementAndGet();
            return List.of();
        }, LeakScreenTest::redact);
        StringBuilder sent = new StringBuilder();
        int length = 5 * LeakScreen.MAX_HELD;
        for (int i = 0; i < length; i++) {
            sent.append(screen.push("a"));
        }
        assertThat(sent.length()).isGreaterThanOrEqualTo(length - LeakScreen.MAX_HELD);
        assertThat(scans.get()).isLessThanOrEqualTo(length / (LeakScreen.WINDOW / 2) + 1);
        sent.append(screen.finish());
        assertThat(sent.toString()).isEqualTo("a".repeat(length));
    }

    @Test
    void compactJsonForcedOutAtTheBoundIsNeverCutInsideAnEscapeSequence() throws Exception {
        Anonymizer anonymizer = new Anonymizer(Optional.empty());
        OperatorPlan redact = OperatorPlan.uniform(Operator.REDACT);
        // each escape, then a leak right after it; what the whole arguments would become with the leak redacted
        Map<String, String> escapes = Map.of("\\u00f2", "", "\\\"", "\"", "\\\\", "\\");
        String head = "{\"note\":\"";
        // characters pushed one at a time, the first release is forced at MAX_HELD held, LOOKAHEAD before its end
        int forcedCut = LeakScreen.MAX_HELD - LeakScreen.LOOKAHEAD;
        for (Map.Entry<String, String> escape : escapes.entrySet()) {
            for (int at = forcedCut - 20; at <= forcedCut + 2; at++) {
                String filler = "ab-".repeat(at).substring(0, at - head.length());
                String tail = "-end".repeat(LeakScreen.LOOKAHEAD);
                String arguments = head + filler + escape.getKey() + "z@example.net" + tail + "\"}";
                LeakScreen screen = new LeakScreen(this::leaks,
                        (text, found) -> JsonArguments.applyRaw(anonymizer, text, found, redact, new PseudonymVault()).text(),
                        JsonArguments::outsideEscape);
                StringBuilder sent = new StringBuilder();
                for (int i = 0; i < arguments.length(); i++) {
                    sent.append(screen.push(arguments.substring(i, i + 1)));
                }
                assertThat(sent.length()).as("released at the bound").isGreaterThan(0);
                sent.append(screen.finish());
                String note = new ObjectMapper().readTree(sent.toString()).get("note").asText();
                assertThat(note).as("%s at %d", escape.getKey(), at).isEqualTo(filler + escape.getValue() + tail);
            }
        }
    }

    @Test
    void aValueLongerThanTheBoundForcedOutShortOfItsEndByTheCutRuleIsStillRewritten() {
        Pattern run = Pattern.compile("x+");
        LeakScreen screen = new LeakScreen(text -> {
            List<Finding> found = new ArrayList<>();
            Matcher m = run.matcher(text);
            while (m.find()) {
                found.add(new Finding(EntityType.SECRET, m.start(), m.end(), 1.0, "test"));
            }
            return found;
        }, LeakScreenTest::redact, (text, cut) -> cut - cut % 10);
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < LeakScreen.MAX_HELD + 5; i++) {
            sent.append(screen.push("x"));
        }
        // everything held is one value: released at the bound as far as the rule allows, and rewritten as released
        int released = LeakScreen.MAX_HELD - LeakScreen.MAX_HELD % 10;
        assertThat(sent.toString()).isEqualTo("[" + released + "]");
    }
}
