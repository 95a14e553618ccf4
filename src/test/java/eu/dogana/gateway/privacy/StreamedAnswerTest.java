package eu.dogana.gateway.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.gateway.Endpoint;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.PatternDetector;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.transform.KeyedHash;
import eu.dogana.pii.transform.Operator;
import eu.dogana.pii.transform.OperatorPlan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prompt rewriting and answer restoring on OpenAI documents, with a stand-in e-mail detector. */
class StreamedAnswerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final PiiScanner scanner = new PiiScanner(java.util.List.of(PatternDetector.emails(1.0),
            PatternDetector.exactly(EntityType.PERSON, "Nicol\u00f2 Rossi")));
    private final PiiSettings settings = new PiiSettings(true, new eu.dogana.pii.scan.ScanOptions(Set.of(), 0.5),
            OperatorPlan.uniform(Operator.PSEUDONYMIZE), true, OperatorPlan.uniform(Operator.KEEP), false);
    private final Function<String, KeyedHash> tenantHashes =
            tenant -> new KeyedHash(("test-key-of-tenant-" + tenant).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private final PromptGuard prompts = new PromptGuard(scanner, settings, tenantHashes);

    private ObjectNode parse(String document) throws Exception {
        return (ObjectNode) json.readTree(document);
    }

    private PromptScan protect(ObjectNode body) {
        ScannedPrompt scanned = prompts.scan(body, Endpoint.CHAT_COMPLETIONS);
        return prompts.transform(scanned, "t", settings.promptPlan());
    }

    @Test
    void everyTextOfTheRequestSharesOnePlaceholder() throws Exception {
        ObjectNode body = parse("""
                {"model":"m","messages":[
                  {"role":"system","content":"Customer is a@example.org"},
                  {"role":"user","content":[{"type":"text","text":"Mail a@example.org and b@example.org"},
                                            {"type":"image_url","image_url":{"url":"https://x.example.org/a.png"}}]},
                  {"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function",
                     "function":{"name":"send","arguments":"{\\"to\\":\\"b@example.org\\"}"}}]},
                  {"role":"tool","tool_call_id":"c","content":"sent to b@example.org"}],
                 "tools":[{"type":"function","function":{"name":"send","description":"mail to x@example.org"}}]}""");
        PromptScan scan = protect(body);
        String forwarded = json.writeValueAsString(body);
        assertThat(scan.transformed()).isTrue();
        assertThat(scan.findings().byName()).isEqualTo(Map.of("EMAIL_ADDRESS", 5));
        assertThat(forwarded).doesNotContain("a@example.org", "b@example.org")
                .contains("Customer is EMAIL_ADDRESS_1", "Mail EMAIL_ADDRESS_1 and EMAIL_ADDRESS_2",
                        "{\\\"to\\\":\\\"EMAIL_ADDRESS_2\\\"}", "sent to EMAIL_ADDRESS_2")
                // tool definitions are the application's, not personal text
                .contains("mail to x@example.org");
    }

    @Test
    void heldTextIsReleasedWithTheFinishReasonOrBeforeDone() throws Exception {
        ObjectNode body = parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi a@example.org\"}]}");
        PromptScan scan = protect(body);
        AnswerGuard answers = new AnswerGuard(scanner, settings, tenantHashes);

        StreamedAnswer stream = answers.stream(scan.vault(), answers.defaults(), "t");
        ObjectNode first = parse("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"write to EMAIL_ADD\"},\"finish_reason\":null}]}");
        stream.rewrite(first);
        assertThat(first.at("/choices/0/delta/content").asText()).isEqualTo("write to ");
        ObjectNode last = parse("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"RESS_1\"},\"finish_reason\":\"length\"}]}");
        stream.rewrite(last);
        assertThat(last.at("/choices/0/delta/content").asText()).isEqualTo("a@example.org");
        assertThat(stream.finalChunk()).isNull();

        StreamedAnswer cut = answers.stream(scan.vault(), answers.defaults(), "t");
        cut.rewrite(parse("{\"id\":\"x\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"EMAIL_ADDRESS_1\"},\"finish_reason\":null}]}"));
        ObjectNode extra = cut.finalChunk();
        assertThat(extra.at("/choices/0/delta/content").asText()).isEqualTo("a@example.org");
        assertThat(extra.get("id").asText()).isEqualTo("x");
    }

    @Test
    void dataTheCallerDidNotSendIsAnOutputFinding() throws Exception {
        ObjectNode body = parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi a@example.org\"}]}");
        PromptScan scan = protect(body);
        ObjectNode answer = parse("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"EMAIL_ADDRESS_1 should ask z@example.net\"}}]}");
        FindingCounts leaked = new AnswerGuard(scanner, settings, tenantHashes).restore(answer, scan.vault(),
                new AnswerGuard(scanner, settings, tenantHashes).defaults(), "t");
        assertThat(answer.at("/choices/0/message/content").asText()).isEqualTo("a@example.org should ask z@example.net");
        assertThat(leaked.byName()).isEqualTo(Map.of("EMAIL_ADDRESS", 1));
    }

    @Test
    void logprobsAreDroppedWhereTheyWouldShowWhatTheTextNoLongerDoes() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        String logprobs = ",\"logprobs\":{\"content\":[{\"token\":\"z@example.net\",\"logprob\":-0.1,\"top_logprobs\":[]}]}";
        AnswerPolicy redacting = new AnswerPolicy(false, true, OperatorPlan.uniform(Operator.REDACT));
        AnswerPolicy dropping = new AnswerPolicy(true, true, OperatorPlan.uniform(Operator.KEEP));
        AnswerGuard answers = screening();

        // complete answers: kept when the text is as generated, dropped when a leak was rewritten or reasoning dropped
        String leak = "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Ask z@example.net\"}"
                + logprobs + "}]}";
        ObjectNode kept = parse(leak);
        answers.restore(kept, scan.vault(), answers.defaults(), "t");
        assertThat(kept.at("/choices/0/logprobs/content/0/token").asText()).isEqualTo("z@example.net");
        ObjectNode redacted = parse(leak);
        answers.restore(redacted, scan.vault(), redacting, "t");
        assertThat(redacted.at("/choices/0/message/content").asText()).isEqualTo("Ask ");
        assertThat(redacted.at("/choices/0/logprobs").isNull()).isTrue();
        ObjectNode reasoned = parse("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Yes\","
                + "\"reasoning_content\":\"z@example.net asked\"}" + logprobs + "}]}");
        answers.restore(reasoned, scan.vault(), dropping, "t");
        assertThat(reasoned.at("/choices/0/logprobs").isNull()).isTrue();

        // streams: dropped from every chunk of a screened stream, and from a chunk whose reasoning was dropped
        String chunk = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Ask z@example.net \"}" + logprobs
                + ",\"finish_reason\":null}]}";
        ObjectNode unscreened = parse(chunk);
        new AnswerGuard(scanner, settings, tenantHashes).stream(scan.vault(), redacting, "t").rewrite(unscreened);
        assertThat(unscreened.at("/choices/0/logprobs").isObject()).isTrue();
        ObjectNode screened = parse(chunk);
        assertThat(answers.stream(scan.vault(), redacting, "t").rewrite(screened)).isTrue();
        assertThat(screened.at("/choices/0/logprobs").isNull()).isTrue();
        ObjectNode reasoning = parse("{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"z@example.net\"}"
                + logprobs + ",\"finish_reason\":null}]}");
        new AnswerGuard(scanner, settings, tenantHashes).stream(scan.vault(), dropping, "t").rewrite(reasoning);
        assertThat(reasoning.at("/choices/0/logprobs").isNull()).isTrue();
    }

    @Test
    void outputFindingsAreLookedForInTheFirstScanLimitOfEachChoiceWhateverItsToolCalls() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        AnswerGuard answers = new AnswerGuard(scanner, settings, tenantHashes);
        String filler = "{\"note\":\"" + "a ".repeat(StreamedAnswer.SCAN_LIMIT / 2) + "\"}";
        String leaking = "{\"to\":\"z@example.net\"}";
        for (boolean filled : new boolean[] {false, true}) {
            StreamedAnswer stream = answers.stream(scan.vault(), answers.defaults(), "t");
            // choice 0 fills its budget with a first tool call, if told to; its second call leaks; choice 1 leaks too
            int call = 0;
            for (String arguments : filled ? java.util.List.of(filler, leaking) : java.util.List.of(leaking)) {
                stream.rewrite(argumentsChunk(call++, arguments));
            }
            stream.rewrite(parse("{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"Ask z@example.net\"},"
                    + "\"finish_reason\":\"stop\"}]}"));
            assertThat(stream.outputFindings().byName()).as("filled %s", filled)
                    .isEqualTo(Map.of("EMAIL_ADDRESS", filled ? 1 : 2));
        }
    }

    @Test
    void aScreenedStreamHasLeaksRewrittenByTheAnswerOperators() throws Exception {
        ObjectNode body = parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi a@example.org\"}]}");
        PromptScan scan = protect(body);
        AnswerGuard answers = screening();
        AnswerPolicy redacting = new AnswerPolicy(false, true, OperatorPlan.uniform(Operator.REDACT));
        String answer = "Dear EMAIL_ADDRESS_1, " + "your case is being handled. ".repeat(30)
                + "Ask z@example.net or EMAIL_ADDRESS_1 again. " + "Regards. ".repeat(20);

        StreamedAnswer stream = answers.stream(scan.vault(), redacting, "t");
        StringBuilder sent = new StringBuilder();
        for (int at = 0; at < answer.length(); at += 7) {
            ObjectNode chunk = contentChunk(answer.substring(at, Math.min(answer.length(), at + 7)),
                    at + 7 >= answer.length());
            stream.rewrite(chunk);
            sent.append(chunk.at("/choices/0/delta/content").asText());
        }

        assertThat(stream.finalChunk()).isNull();
        assertThat(sent.toString()).isEqualTo(answer.replace("EMAIL_ADDRESS_1", "a@example.org").replace("z@example.net", ""));
        assertThat(stream.outputFindings().byName()).isEqualTo(Map.of("EMAIL_ADDRESS", 1));

        // operators that keep everything, or a deployment that does not screen streams: nothing is held for leaks
        for (StreamedAnswer unscreened : java.util.List.of(answers.stream(scan.vault(), answers.defaults(), "t"),
                new AnswerGuard(scanner, settings, tenantHashes).stream(scan.vault(), redacting, "t"))) {
            ObjectNode chunk = parse("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Ask z@example.net \"},\"finish_reason\":null}]}");
            unscreened.rewrite(chunk);
            assertThat(chunk.at("/choices/0/delta/content").asText()).isEqualTo("Ask z@example.net ");
        }
    }

    @Test
    void leakedDataIsHashedWithTheTenantsKeyInCompleteAndScreenedAnswers() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        AnswerPolicy hashing = new AnswerPolicy(false, true, OperatorPlan.uniform(Operator.HASH));
        // the hash of the canonical form, as the prompt side's: the model's "Z@Example.net" joins "z@example.net"
        String ofTenantA = tenantHashes.apply("a").hex("z@example.net");
        assertThat(ofTenantA).isNotEqualTo(tenantHashes.apply("b").hex("z@example.net"));

        ObjectNode answer = parse("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"Ask Z@Example.net.\"}}]}");
        screening().restore(answer, scan.vault(), hashing, "a");
        assertThat(answer.at("/choices/0/message/content").asText()).isEqualTo("Ask " + ofTenantA + ".");

        StreamedAnswer stream = screening().stream(scan.vault(), hashing, "a");
        StringBuilder sent = new StringBuilder();
        for (String piece : java.util.List.of("Ask Z@Exa", "mple.net", ".")) {
            ObjectNode chunk = contentChunk(piece, piece.equals("."));
            stream.rewrite(chunk);
            sent.append(chunk.at("/choices/0/delta/content").asText());
        }
        assertThat(sent.toString()).isEqualTo("Ask " + ofTenantA + ".");
    }

    @Test
    void anEscapedNameInToolCallArgumentsGetsThePlaceholderOfTheContentAndIsRestoredUnescaped() throws Exception {
        // as Python's json.dumps writes it: non-ASCII escaped
        ObjectNode body = parse("""
                {"model":"m","messages":[
                  {"role":"user","content":"Book a table for Nicolò Rossi, nicolo@example.org"},
                  {"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"book",
                     "arguments":"{\\"guest\\": \\"Nicol\\\\u00f2 Rossi\\", \\"mail\\": \\"nicolo@example.org\\", \\"seats\\": 2.50}"}}]}]}""");
        assertThat(body.at("/messages/1/tool_calls/0/function/arguments").asText()).contains("Nicol\\u00f2 Rossi");

        PromptScan scan = protect(body);

        assertThat(scan.findings().byName()).isEqualTo(Map.of("PERSON", 2, "EMAIL_ADDRESS", 2));
        assertThat(body.at("/messages/0/content").asText()).isEqualTo("Book a table for PERSON_1, EMAIL_ADDRESS_1");
        String forwarded = body.at("/messages/1/tool_calls/0/function/arguments").asText();
        assertThat(forwarded).isEqualTo("{\"guest\":\"PERSON_1\",\"mail\":\"EMAIL_ADDRESS_1\",\"seats\":2.50}");

        AnswerGuard answers = new AnswerGuard(scanner, settings, tenantHashes);
        ObjectNode answer = parse("""
                {"choices":[{"index":0,"message":{"role":"assistant","content":"Booked for PERSON_1.",
                  "tool_calls":[{"id":"d","type":"function","function":{"name":"confirm",
                     "arguments":"{\\"guest\\":\\"PERSON_1\\",\\"note\\":\\"PERSON_1 (EMAIL_ADDRESS_1)\\"}"}}]}}]}""");
        FindingCounts leaked = answers.restore(answer, scan.vault(), answers.defaults(), "t");
        assertThat(leaked).isEqualTo(FindingCounts.NONE);
        assertThat(answer.at("/choices/0/message/content").asText()).isEqualTo("Booked for Nicolò Rossi.");
        JsonNode arguments = json.readTree(answer.at("/choices/0/message/tool_calls/0/function/arguments").asText());
        assertThat(arguments.get("guest").asText()).isEqualTo("Nicolò Rossi");
        assertThat(arguments.get("note").asText()).isEqualTo("Nicolò Rossi (nicolo@example.org)");

        StreamedAnswer stream = answers.stream(scan.vault(), answers.defaults(), "t");
        StringBuilder sent = new StringBuilder();
        for (String piece : List.of("{\"guest\":\"PER", "SON_1\"}")) {
            ObjectNode chunk = argumentsChunk(0, piece);
            stream.rewrite(chunk);
            sent.append(chunk.at("/choices/0/delta/tool_calls/0/function/arguments").asText());
        }
        assertThat(stream.finalChunk()).isNull();
        assertThat(json.readTree(sent.toString()).get("guest").asText()).isEqualTo("Nicolò Rossi");
    }

    @Test
    void anEmailUsedAsAKeyInToolCallArgumentsIsPseudonymisedAndRestored() throws Exception {
        ObjectNode body = parse("""
                {"model":"m","messages":[
                  {"role":"user","content":"Give mario.rossi@example.it access"},
                  {"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"grant",
                     "arguments":"{\\"roles\\":{\\"mario.rossi@example.it\\":{\\"role\\":\\"owner\\"},\\"team\\":\\"x\\"}}"}}]}]}""");
        PromptScan scan = protect(body);
        assertThat(scan.findings().byName()).isEqualTo(Map.of("EMAIL_ADDRESS", 2));
        assertThat(body.at("/messages/1/tool_calls/0/function/arguments").asText())
                .isEqualTo("{\"roles\":{\"EMAIL_ADDRESS_1\":{\"role\":\"owner\"},\"team\":\"x\"}}");

        AnswerGuard answers = new AnswerGuard(scanner, settings, tenantHashes);
        String written = "{\"roles\":{\"EMAIL_ADDRESS_1\":{\"role\":\"admin\"},\"team\":\"x\"}}";
        String restored = "{\"roles\":{\"mario.rossi@example.it\":{\"role\":\"admin\"},\"team\":\"x\"}}";
        ObjectNode answer = parse("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"id\":\"d\",\"type\":\"function\",\"function\":{\"name\":\"grant\"}}]}}]}");
        ((ObjectNode) answer.at("/choices/0/message/tool_calls/0/function")).put("arguments", written);
        assertThat(answers.restore(answer, scan.vault(), answers.defaults(), "t")).isEqualTo(FindingCounts.NONE);
        assertThat(answer.at("/choices/0/message/tool_calls/0/function/arguments").asText()).isEqualTo(restored);

        StreamedAnswer stream = answers.stream(scan.vault(), answers.defaults(), "t");
        StringBuilder sent = new StringBuilder();
        for (String piece : List.of(written.substring(0, 15), written.substring(15))) {
            ObjectNode chunk = argumentsChunk(0, piece);
            stream.rewrite(chunk);
            sent.append(chunk.at("/choices/0/delta/tool_calls/0/function/arguments").asText());
        }
        assertThat(stream.finalChunk()).isNull();
        assertThat(sent.toString()).isEqualTo(restored);
        assertThat(stream.outputFindings()).isEqualTo(FindingCounts.NONE);
    }

    @Test
    void keysRedactedToTheSameTextAreAllKept() throws Exception {
        ObjectNode body = parse("""
                {"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function",
                  "function":{"name":"merge","arguments":"{\\"a@example.org\\":1,\\"b@example.org\\":2,\\"n\\":3}"}}]}]}""");
        prompts.transform(prompts.scan(body, Endpoint.CHAT_COMPLETIONS), "t", OperatorPlan.uniform(Operator.REDACT));
        assertThat(body.at("/messages/0/tool_calls/0/function/arguments").asText()).isEqualTo("{\"\":1,\" (2)\":2,\"n\":3}");
    }

    @Test
    void screenedCompactArgumentsForcedOutInStretchesStayValidJson() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi a@example.org\"}]}"));
        AnswerPolicy redacting = new AnswerPolicy(false, true, OperatorPlan.uniform(Operator.REDACT));
        String head = "{\"note\":\"";
        String tail = "-end".repeat(LeakScreen.LOOKAHEAD);
        // no whitespace: the first stretch is forced out at the screen's bound, LOOKAHEAD before the end of what is held
        int forcedCut = LeakScreen.MAX_HELD - LeakScreen.LOOKAHEAD;
        for (int at = forcedCut - 20; at <= forcedCut + 2; at++) {
            String filler = "ab-".repeat(at).substring(0, at - head.length());
            String arguments = head + filler + "\\u00f2z@example.net" + tail + "\"}";
            StreamedAnswer stream = screening().stream(scan.vault(), redacting, "t");
            StringBuilder sent = new StringBuilder();
            ObjectNode chunk = parse("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{}}]},\"finish_reason\":null}]}");
            ObjectNode function = (ObjectNode) chunk.at("/choices/0/delta/tool_calls/0/function");
            for (int i = 0; i < arguments.length(); i++) {
                function.put("arguments", arguments.substring(i, i + 1));
                stream.rewrite(chunk);
                sent.append(function.path("arguments").asText());
            }
            assertThat(sent.length()).as("released before the end").isGreaterThan(LeakScreen.MAX_HELD / 2);
            ObjectNode last = stream.finalChunk();
            sent.append(last.at("/choices/0/delta/tool_calls/0/function/arguments").asText());
            // the leak and the escape it began in are redacted, as in a complete answer's raw arguments
            assertThat(json.readTree(sent.toString()).get("note").asText()).as("escape at %d", at).isEqualTo(filler + tail);
        }
    }

    @Test
    void aReplacementWithQuotesLeavesToolCallArgumentsValidJson() throws Exception {
        OperatorPlan quoting = OperatorPlan.uniform(Operator.parse("replace:<\"mail\" \\ here>"));
        ObjectNode body = parse("""
                {"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[
                  {"id":"c","type":"function","function":{"name":"send","arguments":"{\\"to\\":\\"a@example.org\\",\\"n\\":[1,{\\"x\\":null}]}"}},
                  {"id":"d","type":"function","function":{"name":"send","arguments":"{\\"to\\":\\"a@example.org\\",\\"body\\":\\"line\\\\nb@example.org and mo"}}]}]}""");
        PromptScan scan = prompts.transform(prompts.scan(body, Endpoint.CHAT_COMPLETIONS), "t", quoting);

        assertThat(scan.transformed()).isTrue();
        JsonNode valid = json.readTree(body.at("/messages/0/tool_calls/0/function/arguments").asText());
        assertThat(valid.get("to").asText()).isEqualTo("<\"mail\" \\ here>");
        assertThat(valid.at("/n/1").has("x")).isTrue();
        // truncated arguments are rewritten as raw text: the replacement escaped, the escape before it kept whole
        String truncated = body.at("/messages/0/tool_calls/1/function/arguments").asText();
        assertThat(truncated).isEqualTo("{\"to\":\"<\\\"mail\\\" \\\\ here>\",\"body\":\"line\\n<\\\"mail\\\" \\\\ here> and mo");
        assertThat(json.readTree(truncated + "\"}").get("body").asText()).isEqualTo("line\n<\"mail\" \\ here> and mo");
    }

    @Test
    void aLeakInACompleteAnswersToolCallArgumentsIsCountedAndRedacted() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi a@example.org\"}]}"));
        AnswerPolicy redacting = new AnswerPolicy(false, true, OperatorPlan.uniform(Operator.REDACT));
        ObjectNode answer = parse("""
                {"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[
                  {"id":"c","type":"function","function":{"name":"send","arguments":"{\\"to\\":\\"z@example.net\\",\\"cc\\":[\\"EMAIL_ADDRESS_1\\"]}"}},
                  {"id":"d","type":"function","function":{"name":"send","arguments":"{\\"to\\":\\"y@example.net\\",\\"cc\\":\\"EMAIL_ADD"}}]}},
                 {"index":1,"message":{"role":"assistant","content":null,"function_call":{"name":"send","arguments":"{\\"to\\":\\"x@example.net\\"}"}}}]}""");

        FindingCounts leaked = new AnswerGuard(scanner, settings, tenantHashes).restore(answer, scan.vault(), redacting, "t");

        assertThat(leaked.byName()).isEqualTo(Map.of("EMAIL_ADDRESS", 3));
        JsonNode first = json.readTree(answer.at("/choices/0/message/tool_calls/0/function/arguments").asText());
        assertThat(first.get("to").asText()).isEmpty();
        assertThat(first.at("/cc/0").asText()).isEqualTo("a@example.org");
        assertThat(answer.at("/choices/0/message/tool_calls/1/function/arguments").asText()).isEqualTo("{\"to\":\"\",\"cc\":\"EMAIL_ADD");
        assertThat(json.readTree(answer.at("/choices/1/message/function_call/arguments").asText()).get("to").asText()).isEmpty();
    }

    @Test
    void aLeakInStreamedToolCallArgumentsIsCounted() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi a@example.org\"}]}"));
        AnswerGuard answers = new AnswerGuard(scanner, settings, tenantHashes);
        StreamedAnswer stream = answers.stream(scan.vault(), answers.defaults(), "t");
        for (String piece : List.of("{\"to\":\"EMAIL_ADDRESS_1\",\"bcc\":\"z@exa", "mple.net\"}")) {
            ObjectNode chunk = argumentsChunk(0, piece);
            stream.rewrite(chunk);
        }
        ObjectNode legacy = parse("{\"choices\":[{\"index\":1,\"delta\":{\"function_call\":{\"arguments\":\"{\\\"to\\\":\\\"y@example.net\\\"}\"}},\"finish_reason\":\"function_call\"}]}");
        stream.rewrite(legacy);

        assertThat(stream.outputFindings().byName()).isEqualTo(Map.of("EMAIL_ADDRESS", 2));
    }

    @Test
    void legacyFunctionCallArgumentsAreRestoredInAStream() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi a@example.org\"}]}"));
        AnswerGuard answers = new AnswerGuard(scanner, settings, tenantHashes);

        StreamedAnswer stream = answers.stream(scan.vault(), answers.defaults(), "t");
        ObjectNode first = parse("{\"choices\":[{\"index\":0,\"delta\":{\"function_call\":{\"name\":\"send\",\"arguments\":\"{\\\"to\\\":\\\"EMAIL_ADD\"}},\"finish_reason\":null}]}");
        stream.rewrite(first);
        assertThat(first.at("/choices/0/delta/function_call/arguments").asText()).isEqualTo("{\"to\":\"");
        assertThat(first.at("/choices/0/delta/function_call/name").asText()).isEqualTo("send");
        ObjectNode last = parse("{\"choices\":[{\"index\":0,\"delta\":{\"function_call\":{\"arguments\":\"RESS_1\\\"}\"}},\"finish_reason\":null}]}");
        stream.rewrite(last);
        assertThat(last.at("/choices/0/delta/function_call/arguments").asText()).isEqualTo("a@example.org\"}");

        // a placeholder still held when the choice finishes goes out with the finish reason
        StreamedAnswer held = answers.stream(scan.vault(), answers.defaults(), "t");
        held.rewrite(parse("{\"choices\":[{\"index\":0,\"delta\":{\"function_call\":{\"arguments\":\"EMAIL_ADDRESS_1\"}},\"finish_reason\":null}]}"));
        ObjectNode finish = parse("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"function_call\"}]}");
        held.rewrite(finish);
        assertThat(finish.at("/choices/0/delta/function_call/arguments").asText()).isEqualTo("a@example.org");
        assertThat(held.finalChunk()).isNull();
    }

    @Test
    void everyChannelIsRestoredWholeAtEveryChunkSize() throws Exception {
        PromptScan scan = protect(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"a@example.org, b@example.org, Nicolò Rossi\"}]}"));
        String content = "Dear PERSON_1, " + "your case is being handled. ".repeat(10) + "Ask EMAIL_ADDRESS_2 or z@example.net.";
        String reasoning = "PERSON_1 wrote from EMAIL_ADDRESS_1;EMAIL_ADDRESS_2 is cc";
        String arguments = "{\"to\":\"EMAIL_ADDRESS_1\",\"cc\":[\"EMAIL_ADDRESS_2\",\"z@example.net\"],\"name\":\"PERSON_1\",\"n\":1}";
        Map<String, String> restored = Map.of(
                "content", content.replace("PERSON_1", "Nicolò Rossi").replace("EMAIL_ADDRESS_2", "b@example.org"),
                "reasoning_content", "Nicolò Rossi wrote from a@example.org;b@example.org is cc",
                "arguments", "{\"to\":\"a@example.org\",\"cc\":[\"b@example.org\",\"z@example.net\"],\"name\":\"Nicolò Rossi\",\"n\":1}");
        AnswerPolicy redacting = new AnswerPolicy(false, true, OperatorPlan.uniform(Operator.REDACT));
        AnswerGuard plain = new AnswerGuard(scanner, settings, tenantHashes);
        int longest = content.length();

        for (int size = 1; size <= longest; size++) {
            for (boolean screened : new boolean[] {false, true}) {
                StreamedAnswer stream = screened ? screening().stream(scan.vault(), redacting, "t")
                        : plain.stream(scan.vault(), plain.defaults(), "t");
                Map<String, StringBuilder> sent = Map.of("content", new StringBuilder(),
                        "reasoning_content", new StringBuilder(), "arguments", new StringBuilder());
                boolean finishes = size % 2 == 1;
                for (int at = 0; at < longest; at += size) {
                    ObjectNode chunk = parse("{\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":null}]}");
                    ObjectNode delta = (ObjectNode) chunk.at("/choices/0/delta");
                    putPiece(delta, "reasoning_content", reasoning, at, size);
                    putPiece(delta, "content", content, at, size);
                    if (at < arguments.length()) {
                        delta.putArray("tool_calls").addObject().put("index", 0).putObject("function")
                                .put("arguments", arguments.substring(at, Math.min(arguments.length(), at + size)));
                    }
                    if (finishes && at + size >= longest) {
                        ((ObjectNode) chunk.at("/choices/0")).put("finish_reason", "tool_calls");
                    }
                    stream.rewrite(chunk);
                    collectSent(chunk, sent);
                }
                ObjectNode last = stream.finalChunk();
                if (last != null) {
                    assertThat(finishes).as("held text released with the finish reason, size %d", size).isFalse();
                    collectSent(last, sent);
                }
                for (String channel : sent.keySet()) {
                    String expected = restored.get(channel);
                    if (screened) {
                        expected = expected.replace("z@example.net", "");
                    }
                    assertThat(sent.get(channel).toString()).as("%s, size %d, screened %s", channel, size, screened)
                            .isEqualTo(expected);
                }
                assertThat(stream.outputFindings().byName()).as("size %d", size).isEqualTo(Map.of("EMAIL_ADDRESS", 2));
            }
        }
    }

    private static void putPiece(ObjectNode delta, String field, String text, int at, int size) {
        if (at < text.length()) {
            delta.put(field, text.substring(at, Math.min(text.length(), at + size)));
        }
    }

    private static void collectSent(ObjectNode chunk, Map<String, StringBuilder> sent) {
        JsonNode delta = chunk.at("/choices/0/delta");
        sent.get("content").append(delta.path("content").asText(""));
        sent.get("reasoning_content").append(delta.path("reasoning_content").asText(""));
        for (JsonNode call : delta.path("tool_calls")) {
            sent.get("arguments").append(call.at("/function/arguments").asText(""));
        }
    }

    @Test
    void whatTheCallerSentIsNoLeakWhateverItsOperator() throws Exception {
        PiiScanner scanner = new PiiScanner(java.util.List.of(PatternDetector.emails(1.0),
                new PatternDetector(EntityType.PERSON, Pattern.compile("\\b(?:Mario Rossi|Anna Verdi|Rossi|Mario|Verdi)\\b"), 1.0),
                new PatternDetector(EntityType.URL, Pattern.compile("https://[\\w./]+\\w"), 1.0),
                new PatternDetector(EntityType.DATE_TIME, Pattern.compile("\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}\\b"), 1.0)));
        // the shipped configuration keeps URLs and dates in prompts; the answer's leaks are redacted here
        OperatorPlan prompt = OperatorPlan.uniform(Operator.PSEUDONYMIZE)
                .with(Map.of(EntityType.URL, Operator.KEEP, EntityType.DATE_TIME, Operator.KEEP));
        PiiSettings redacting = new PiiSettings(true, settings.scanOptions(), prompt, true,
                OperatorPlan.uniform(Operator.REDACT), true);
        PromptGuard guard = new PromptGuard(scanner, redacting, tenantHashes);
        ObjectNode body = parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"Mario Rossi (a@example.org) opened https://example.org/Case/42 on 01/12/1985.\"}]}");
        PromptScan scan = guard.transform(guard.scan(body, Endpoint.CHAT_COMPLETIONS), "t", prompt);
        assertThat(json.writeValueAsString(body)).contains("PERSON_1 (EMAIL_ADDRESS_1) opened https://example.org/Case/42 on 01/12/1985.");

        String said = "Rossi opened https://example.org/Case/42 on 1.12.1985; Mario may ask Anna Verdi,"
                + " z@example.net or https://example.org/Case/43 about 11.2.1985.";
        ObjectNode answer = parse("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\"}}]}");
        ((ObjectNode) answer.at("/choices/0/message")).put("content", said);
        AnswerGuard answers = new AnswerGuard(scanner, redacting, tenantHashes);
        FindingCounts leaked = answers.restore(answer, scan.vault(), answers.defaults(), "t");
        String unsent = "Rossi opened https://example.org/Case/42 on 1.12.1985; Mario may ask ,  or  about .";
        assertThat(answer.at("/choices/0/message/content").asText()).isEqualTo(unsent);
        assertThat(leaked.byName()).isEqualTo(Map.of("PERSON", 1, "EMAIL_ADDRESS", 1, "URL", 1, "DATE_TIME", 1));

        // a screened stream tells the caller's data from the model's alike
        StreamedAnswer stream = answers.stream(scan.vault(), answers.defaults(), "t");
        ObjectNode chunk = contentChunk(said, true);
        stream.rewrite(chunk);
        assertThat(chunk.at("/choices/0/delta/content").asText()).isEqualTo(unsent);
        assertThat(stream.outputFindings().byName()).isEqualTo(leaked.byName());
    }

    /** A chunk of choice 0 carrying {@code content}; the choice's last, with its finish reason, if {@code last}. */
    private ObjectNode contentChunk(String content, boolean last) {
        ObjectNode choice = json.createObjectNode().put("index", 0);
        choice.putObject("delta").put("content", content);
        choice.put("finish_reason", last ? "stop" : null);
        ObjectNode chunk = json.createObjectNode();
        chunk.putArray("choices").add(choice);
        return chunk;
    }

    /** A chunk of choice 0 carrying a piece of the arguments of its tool call {@code call}. */
    private ObjectNode argumentsChunk(int call, String arguments) {
        ObjectNode chunk = contentChunk("", false);
        ObjectNode delta = (ObjectNode) chunk.at("/choices/0/delta");
        delta.remove("content");
        delta.putArray("tool_calls").addObject().put("index", call).putObject("function").put("arguments", arguments);
        return chunk;
    }

    /** Answers scanned, streams screened, by the test's settings otherwise. */
    private AnswerGuard screening() {
        return new AnswerGuard(scanner, new PiiSettings(settings.enabled(), settings.scanOptions(),
                settings.promptPlan(), true, settings.answerPlan(), true), tenantHashes);
    }
}
