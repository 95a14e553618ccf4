package eu.dogana.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.SseException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java SDK, pointed at Dogana, works as it does against OpenAI. */
@QuarkusTest
class OpenAiSdkTest {

    private final BackendSimulator simulator = BackendSimulator.shared();
    private OpenAIClient client;

    @BeforeEach
    void client() {
        client = Gateway.openAi(Gateway.callerKey());
    }

    @Test
    void chatCompletionPassesUnknownFieldsBothWays() {
        HttpResponseFor<ChatCompletion> response = client.chat().completions().withRawResponse().create(
                ChatCompletionCreateParams.builder()
                        .model("sim-chat")
                        .addUserMessage("Ciao, come stai?")
                        .putAdditionalBodyProperty("top_k", JsonValue.from(20))
                        .putAdditionalBodyProperty("guided_json", JsonValue.from(Map.of("type", "object")))
                        .build());
        ChatCompletion completion = response.parse();
        assertThat(response.headers().values("X-AI-Generated")).containsExactly("true");

        var message = completion.choices().get(0).message();
        assertThat(message.content()).contains("echo: Ciao, come stai?");
        assertThat(message._additionalProperties().get("reasoning_content"))
                .isEqualTo(JsonValue.from("thinking about: Ciao, come stai?"));
        assertThat(completion._additionalProperties()).containsKey("kv_transfer_params");
        assertThat(completion.usage().orElseThrow().totalTokens()).isEqualTo(10);

        JsonObject forwarded = simulator.received(requestIdOf(response));
        assertThat(forwarded.getInteger("top_k")).isEqualTo(20);
        assertThat(forwarded.getJsonObject("guided_json").getString("type")).isEqualTo("object");
    }

    @Test
    void streamDeliversEveryChunkInOrderWithReasoningAndUsage() {
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder()
                        .model("sim-chat")
                        .addUserMessage("stream please")
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
                        .build())) {
            stream.stream().forEach(chunks::add);
        }

        StringBuilder content = new StringBuilder();
        for (ChatCompletionChunk chunk : chunks) {
            chunk.choices().forEach(choice -> choice.delta().content().ifPresent(content::append));
        }
        assertThat(content.toString()).isEqualTo("Hello from the simulator");
        assertThat(chunks.get(0).choices().get(0).delta()._additionalProperties().get("reasoning_content"))
                .isEqualTo(JsonValue.from("pondering"));
        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().orElseThrow().totalTokens()).isEqualTo(12);
    }

    @Test
    void firstChunkArrivesWhileTheBackendIsStillGenerating() {
        simulator.resetGate();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("sim-gated").addUserMessage("hold on").build())) {
            Iterator<ChatCompletionChunk> chunks = stream.stream().iterator();
            // The backend sends the rest only after the gate opens, which happens only once this chunk is here:
            // a gateway that buffered the answer would never deliver it (the simulator gives up after 30 s).
            assertThat(chunks.next().choices().get(0).delta().content()).contains("first");
            simulator.releaseGate();
            assertThat(chunks.next().choices().get(0).delta().content()).contains(" second");
            assertThat(chunks.hasNext()).isFalse();
        }
    }

    @Test
    void aliasIsSentUpstreamAndShownBack() {
        HttpResponseFor<ChatCompletion> response = client.chat().completions().withRawResponse().create(
                ChatCompletionCreateParams.builder().model("sim-alias").addUserMessage("who are you").build());
        assertThat(response.parse().model()).isEqualTo("sim-alias");
        assertThat(simulator.received(requestIdOf(response)).getString("model")).isEqualTo("upstream-chat");

        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("sim-alias").addUserMessage("stream").build())) {
            assertThat(stream.stream().map(ChatCompletionChunk::model).distinct().toList()).containsExactly("sim-alias");
        }
    }

    @Test
    void embeddings() {
        CreateEmbeddingResponse response = client.embeddings().create(EmbeddingCreateParams.builder()
                .model("sim-embed").input("Guten Tag").build());
        assertThat(response.data()).hasSize(1);
        assertThat(response.data().get(0).embedding()).containsExactly(0.1f, -0.2f, 0.3f);
    }

    @Test
    void modelsListsWhatTheKeyMayUse() {
        assertThat(client.models().list().data()).extracting(Model::id)
                .contains("sim-chat", "sim-alias", "sim-retry", "sim-stall")
                .doesNotContain("upstream-chat");

        OpenAIClient restricted = Gateway.openAi(Gateway.issueKey(Map.of(
                "name", "restricted", "tenant", "acme", "roles", List.of("caller"),
                "allowed_models", List.of("sim-chat", "sim-embed"))));
        assertThat(restricted.models().list().data()).extracting(Model::id).containsExactly("sim-chat", "sim-embed");
        assertThat(restricted.models().retrieve("sim-chat").id()).isEqualTo("sim-chat");
        assertThatThrownBy(() -> restricted.models().retrieve("sim-alias")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> restricted.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("sim-alias").addUserMessage("x").build()))
                .isInstanceOf(PermissionDeniedException.class)
                .satisfies(e -> assertThat(((OpenAIServiceException) e).code()).contains("model_not_allowed"));
    }

    @Test
    void errorsArriveAsTheSdksTypedExceptions() {
        assertThatThrownBy(() -> Gateway.openAi("dg_not-a-real-key").models().list())
                .isInstanceOf(UnauthorizedException.class);

        assertThatThrownBy(() -> chat("no-such-model"))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((OpenAIServiceException) e).code()).contains("model_not_found"));

        assertThatThrownBy(() -> chat("sim-vllm-error"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("maximum context length is 8192 tokens");

        assertThatThrownBy(() -> chat("sim-llamacpp-error"))
                .isInstanceOf(InternalServerException.class)
                .satisfies(e -> assertThat(((OpenAIServiceException) e).statusCode()).isEqualTo(502))
                .hasMessageContaining("failed to decode the batch");
    }

    @Test
    void aCutStreamEndsWithAnErrorNotAHang() {
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("sim-cut").addUserMessage("x").build())) {
            Iterator<ChatCompletionChunk> chunks = stream.stream().iterator();
            assertThat(chunks.next().choices().get(0).delta().content()).contains("one");
            assertThat(chunks.next().choices().get(0).delta().content()).contains(" two");
            assertThatThrownBy(chunks::hasNext)
                    .isInstanceOf(SseException.class)
                    .satisfies(e -> assertThat(((SseException) e).code()).contains("backend_stream_interrupted"));
        }
    }

    private ChatCompletion chat(String model) {
        return client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(model).addUserMessage("hello").build());
    }

    private static String requestIdOf(HttpResponseFor<?> response) {
        List<String> ids = response.headers().values("X-Dogana-Request-Id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
