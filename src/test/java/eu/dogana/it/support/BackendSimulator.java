package eu.dogana.it.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible inference server for tests that reproduces what real servers put on the wire: vLLM's
 * and llama.cpp's error bodies, CRLF line ends, keep-alive comments, {@code data:} without a space, events split
 * across TCP writes and several events in one write, the usage chunk with empty {@code choices}, DeepSeek's
 * {@code reasoning_content}. The model name selects the behaviour:
 *
 * <ul>
 *   <li>{@code sim-chat} (and any other name): a normal answer echoing the last user message;</li>
 *   <li>{@code sim-gated}: streams one chunk, then waits for {@link #releaseGate()} before finishing;</li>
 *   <li>{@code sim-cut}: streams two chunks, then drops the connection without {@code [DONE]};</li>
 *   <li>{@code sim-endless}: streams a chunk every 20 ms until the client goes away;</li>
 *   <li>{@code sim-stall}: streams one chunk, then stays silent with the connection open;</li>
 *   <li>{@code sim-slow-head}: sends the response head only after 3 s;</li>
 *   <li>{@code sim-vllm-error}: 400 in vLLM's shape; {@code sim-llamacpp-error}: 500 in llama.cpp's shape;</li>
 *   <li>{@code sim-overloaded}: 503 in vLLM's shape; {@code sim-leaky-error}: 500 with a Python traceback;</li>
 *   <li>{@code sim-echo}: streams "echo: " and the last user message in pieces of three characters, reasoning
 *       first, so placeholders arrive split across chunks;</li>
 *   <li>{@code sim-tool}: answers with a tool call whose arguments hold the last user message (streamed in pieces
 *       of four characters);</li>
 *   <li>{@code sim-leak}: answers with personal data the prompt never held (a third party's e-mail and IBAN); a
 *       streamed answer also holds an access token ({@link #STREAMED_LEAK}), in pieces of three characters.</li>
 * </ul>
 *
 * Started once per test JVM ({@link #shared()}); every request body is kept by the {@code X-Request-Id} the
 * gateway sends, so a test can check exactly what reached the backend.
 */
public final class BackendSimulator {

    private static BackendSimulator shared;

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Map<String, JsonObject> received = new ConcurrentHashMap<>();
    private volatile CountDownLatch gate = new CountDownLatch(1);
    private final Map<String, CompletableFuture<Void>> endlessClosed = new ConcurrentHashMap<>();

    private BackendSimulator() throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(this::handle)
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(vertx::close, "backend-simulator-stop"));
    }

    public static synchronized BackendSimulator shared() {
        if (shared == null) {
            try {
                shared = new BackendSimulator();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the backend simulator", e);
            }
        }
        return shared;
    }

    public int port() {
        return server.actualPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The body the gateway forwarded for a request, by Dogana's request id. */
    public JsonObject received(String requestId) {
        return received.get(requestId);
    }

    public void releaseGate() {
        gate.countDown();
    }

    public void resetGate() {
        gate = new CountDownLatch(1);
    }

    /** Completes when the {@code sim-endless} stream of that request saw its connection closed. */
    public CompletableFuture<Void> endlessClosed(String requestId) {
        return endlessClosed.computeIfAbsent(requestId, id -> new CompletableFuture<>());
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (request.method().name().equals("GET") && path.equals("/v1/models")) {
            request.response().putHeader("content-type", "application/json")
                    .end(new JsonObject().put("object", "list").put("data", new JsonArray()
                            .add(new JsonObject().put("id", "sim-chat").put("object", "model"))).encode());
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject json = body.length() == 0 ? new JsonObject() : body.toJsonObject();
            String requestId = request.getHeader("X-Request-Id");
            if (requestId != null) {
                received.put(requestId, json);
            }
            String model = json.getString("model", "");
            switch (path) {
                case "/v1/chat/completions", "/v1/completions" -> complete(request, json, model, requestId);
                case "/v1/embeddings" -> embeddings(request.response(), json, model);
                default -> request.response().setStatusCode(404).end("{\"detail\":\"Not Found\"}");
            }
        });
    }

    private void complete(HttpServerRequest request, JsonObject json, String model, String requestId) {
        HttpServerResponse response = request.response();
        switch (model) {
            case "sim-vllm-error" -> {
                response.setStatusCode(400).putHeader("content-type", "application/json").end(new JsonObject()
                        .put("object", "error")
                        .put("message", "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens.")
                        .put("type", "BadRequestError").putNull("param").put("code", 400).encode());
                return;
            }
            case "sim-llamacpp-error" -> {
                response.setStatusCode(500).putHeader("content-type", "application/json").end(new JsonObject()
                        .put("error", new JsonObject().put("code", 500).put("message", "failed to decode the batch")
                                .put("type", "server_error")).encode());
                return;
            }
            case "sim-overloaded" -> {
                response.setStatusCode(503).putHeader("content-type", "application/json").end(new JsonObject()
                        .put("object", "error").put("message", "The server is overloaded")
                        .put("type", "ServiceUnavailableError").putNull("param").put("code", 503).encode());
                return;
            }
            case "sim-leaky-error" -> {
                response.setStatusCode(500).putHeader("content-type", "text/plain")
                        .end("Traceback (most recent call last):\n  File \"/srv/secret/path.py\", line 1\nKeyError: 'x'");
                return;
            }
            case "sim-slow-head" -> {
                vertx.setTimer(3000, t -> {
                    if (!response.closed()) {
                        response.putHeader("content-type", "application/json").end(completion(json, model).encode());
                    }
                });
                return;
            }
            default -> {
            }
        }
        if (!json.getBoolean("stream", false)) {
            JsonObject answer = completion(json, model);
            JsonObject message = answer.getJsonArray("choices").getJsonObject(0).getJsonObject("message");
            if (model.equals("sim-tool")) {
                message.putNull("content").put("tool_calls", new JsonArray().add(toolCall(lastUserMessage(json))));
            } else if (model.equals("sim-leak")) {
                message.put("content", LEAK);
            }
            response.putHeader("content-type", "application/json").end(answer.encode());
            return;
        }
        response.setChunked(true).putHeader("content-type", "text/event-stream");
        boolean usage = json.getJsonObject("stream_options", new JsonObject()).getBoolean("include_usage", false);
        switch (model) {
            case "sim-gated" -> {
                response.write(event(chunk(model, "first", null)));
                CountDownLatch current = gate;
                vertx.executeBlocking(() -> current.await(30, TimeUnit.SECONDS)).onComplete(done -> {
                    response.write(event(chunk(model, " second", "stop")));
                    response.end("data: [DONE]\n\n");
                });
            }
            case "sim-cut" -> {
                response.write(event(chunk(model, "one", null)) + event(chunk(model, " two", null)));
                vertx.setTimer(50, t -> request.connection().close());
            }
            case "sim-stall" -> response.write(event(chunk(model, "only", null)));
            case "sim-endless" -> {
                CompletableFuture<Void> closed = endlessClosed(requestId);
                long timer = vertx.setPeriodic(20, t -> {
                    if (!response.closed()) {
                        response.write(event(chunk(model, "tick", null)));
                    }
                });
                response.closeHandler(v -> {
                    vertx.cancelTimer(timer);
                    closed.complete(null);
                });
            }
            case "sim-echo" -> {
                List<String> writes = new ArrayList<>();
                writes.add(event(reasoningChunk(model, "thinking about: " + lastUserMessage(json))));
                String text = "echo: " + lastUserMessage(json);
                for (int i = 0; i < text.length(); i += 3) {
                    writes.add(event(chunk(model, text.substring(i, Math.min(text.length(), i + 3)), null)));
                }
                writes.add(event(chunk(model, "", "stop")) + "data: [DONE]\n\n");
                writeSpaced(response, writes, 0);
            }
            case "sim-leak" -> {
                List<String> writes = new ArrayList<>();
                for (int i = 0; i < STREAMED_LEAK.length(); i += 3) {
                    writes.add(event(chunk(model, STREAMED_LEAK.substring(i, Math.min(STREAMED_LEAK.length(), i + 3)), null)));
                }
                writes.add(event(chunk(model, "", "stop")) + "data: [DONE]\n\n");
                writeSpaced(response, writes, 0);
            }
            case "sim-tool" -> {
                String arguments = toolCall(lastUserMessage(json)).getJsonObject("function").getString("arguments");
                List<String> writes = new ArrayList<>();
                for (int i = 0; i < arguments.length(); i += 4) {
                    JsonObject function = new JsonObject().put("arguments", arguments.substring(i, Math.min(arguments.length(), i + 4)));
                    JsonObject call = new JsonObject().put("index", 0).put("function", function);
                    if (i == 0) {
                        call.put("id", "call_1").put("type", "function");
                        function.put("name", "lookup_customer");
                    }
                    JsonObject delta = new JsonObject().put("tool_calls", new JsonArray().add(call));
                    writes.add(event(deltaChunk(model, delta, null)));
                }
                writes.add(event(deltaChunk(model, new JsonObject(), "tool_calls")) + "data: [DONE]\n\n");
                writeSpaced(response, writes, 0);
            }
            default -> streamWithQuirks(response, model, usage);
        }
    }

    /** What {@code sim-leak} answers: personal data of somebody the caller never mentioned. */
    public static final String LEAK = "You could also write to anna.verdi@example.org or pay to DE89370400440532013000.";

    /** What {@code sim-leak} streams: the leak, and a secret among enough text that a stream screen cuts it. */
    public static final String STREAMED_LEAK = LEAK + " Meanwhile, the build server still accepts the old token "
            + "ghp_hwuw4wb8dLVlsdk1wnTRQWhYpZa8fG4aHkY1, which you should revoke. " + "Let me know if you need more. ".repeat(12);

    private static JsonObject toolCall(String query) {
        return new JsonObject().put("id", "call_1").put("type", "function").put("function", new JsonObject()
                .put("name", "lookup_customer").put("arguments", new JsonObject().put("query", query).encode()));
    }

    private static JsonObject deltaChunk(String model, JsonObject delta, String finishReason) {
        JsonObject choice = new JsonObject().put("index", 0).put("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return new JsonObject().put("id", "chatcmpl-sim").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", model).put("choices", new JsonArray().add(choice));
    }

    /** Five content chunks written the ugly way real servers do. */
    private void streamWithQuirks(HttpServerResponse response, String model, boolean usage) {
        String reasoning = "data: " + reasoningChunk(model, "pondering").encode() + "\r\n\r\n";
        String hello = "data:" + chunk(model, "Hello", null).encode() + "\r\n\r\n";
        String from = "data: " + chunk(model, " from", null).encode() + "\n\n";
        String the = event(chunk(model, " the", null));
        String sim = "data: " + chunk(model, " simulator", "stop").encode() + "\r\n\r\n";
        List<String> writes = List.of(
                ": keep-alive\r\n\r\n" + reasoning.substring(0, 17),
                reasoning.substring(17) + hello.substring(0, 5),
                hello.substring(5) + from + the,
                sim.substring(0, sim.length() - 1),
                sim.substring(sim.length() - 1) + (usage ? event(usageChunk(model)) : "") + "data: [DONE]\r\n\r\n");
        writeSpaced(response, writes, 0);
    }

    private void writeSpaced(HttpServerResponse response, List<String> writes, int index) {
        if (response.closed()) {
            return;
        }
        if (index == writes.size()) {
            response.end();
            return;
        }
        response.write(Buffer.buffer(writes.get(index)));
        vertx.setTimer(5, t -> writeSpaced(response, writes, index + 1));
    }

    private static String event(JsonObject chunk) {
        return "data: " + chunk.encode() + "\n\n";
    }

    private static JsonObject completion(JsonObject request, String model) {
        String echo = lastUserMessage(request);
        return new JsonObject()
                .put("id", "chatcmpl-sim")
                .put("object", "chat.completion")
                .put("created", 1_700_000_000L)
                .put("model", model)
                .put("choices", new JsonArray().add(new JsonObject()
                        .put("index", 0)
                        .put("message", new JsonObject()
                                .put("role", "assistant")
                                .put("content", "echo: " + echo)
                                .put("reasoning_content", "thinking about: " + echo))
                        .put("finish_reason", "stop")))
                .put("usage", new JsonObject().put("prompt_tokens", 7).put("completion_tokens", 3).put("total_tokens", 10))
                .put("system_fingerprint", "sim-1")
                .put("kv_transfer_params", new JsonObject().put("vendor_extension", true));
    }

    private static String lastUserMessage(JsonObject request) {
        JsonArray messages = request.getJsonArray("messages");
        if (messages == null) {
            Object prompt = request.getValue("prompt");
            return prompt == null ? "" : prompt.toString();
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonObject message = messages.getJsonObject(i);
            if ("user".equals(message.getString("role")) && message.getValue("content") instanceof String text) {
                return text;
            }
        }
        return "";
    }

    private static JsonObject chunk(String model, String content, String finishReason) {
        JsonObject choice = new JsonObject().put("index", 0).put("delta", new JsonObject().put("content", content));
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return new JsonObject().put("id", "chatcmpl-sim").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", model).put("choices", new JsonArray().add(choice));
    }

    private static JsonObject reasoningChunk(String model, String reasoning) {
        return new JsonObject().put("id", "chatcmpl-sim").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", model)
                .put("choices", new JsonArray().add(new JsonObject().put("index", 0)
                        .put("delta", new JsonObject().put("role", "assistant").put("reasoning_content", reasoning))
                        .putNull("finish_reason")));
    }

    private static JsonObject usageChunk(String model) {
        return new JsonObject().put("id", "chatcmpl-sim").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", model).put("choices", new JsonArray())
                .put("usage", new JsonObject().put("prompt_tokens", 7).put("completion_tokens", 5).put("total_tokens", 12));
    }

    private static void embeddings(HttpServerResponse response, JsonObject request, String model) {
        Object input = request.getValue("input");
        int count = input instanceof JsonArray array ? array.size() : 1;
        JsonArray data = new JsonArray();
        for (int i = 0; i < count; i++) {
            data.add(new JsonObject().put("object", "embedding").put("index", i)
                    .put("embedding", new JsonArray().add(0.1).add(-0.2).add(0.3)));
        }
        response.putHeader("content-type", "application/json").end(new JsonObject().put("object", "list")
                .put("data", data).put("model", model)
                .put("usage", new JsonObject().put("prompt_tokens", 2).put("total_tokens", 2)).encode());
    }
}
