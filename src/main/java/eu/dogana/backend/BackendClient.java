package eu.dogana.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * HTTP to inference servers, on Vert.x' non-blocking client: a streamed answer holds no thread while the model
 * thinks. One connection pool for all backends, kept alive between requests.
 */
@Singleton
public final class BackendClient {

    /** Header that carries Dogana's request id to the backend, so both sides' logs can be joined. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;

    BackendClient(Vertx vertx, ObjectMapper json) {
        this.vertx = vertx;
        this.json = json;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setMaxPoolSize(256)
                .setDecompressionSupported(false)
                .setName("dogana-backends"));
    }

    void close(@Observes ShutdownEvent event) {
        http.close();
    }

    /**
     * Sends one request and completes with the response head of a non-5xx answer, <em>paused</em>: the caller
     * attaches its handlers and resumes. Fails with {@link BackendException.Unavailable} when the server
     * cannot be reached, {@link BackendException.Timeout} when no head arrives within the first-byte timeout,
     * and {@link BackendException.ErrorStatus} for a 5xx answer (body read and parsed).
     */
    public CompletionStage<HttpClientResponse> send(Backend backend, HttpMethod method, String path, Buffer body,
                                                     boolean streaming, String requestId) {
        CompletableFuture<HttpClientResponse> result = new CompletableFuture<>();
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setAbsoluteURI(backend.url(path))
                .setConnectTimeout(backend.connectTimeout().toMillis())
                .putHeader(HttpHeaders.ACCEPT, streaming ? "text/event-stream" : "application/json")
                .putHeader(REQUEST_ID_HEADER, requestId);
        if (body != null) {
            options.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        backend.apiKey().ifPresent(key -> options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key));

        http.request(options).onComplete(opened -> {
            if (opened.failed()) {
                result.completeExceptionally(new BackendException.Unavailable(backend.id(),
                        "cannot connect to backend " + backend.id() + ": " + opened.cause().getMessage(), opened.cause()));
                return;
            }
            var request = opened.result();
            long timer = vertx.setTimer(backend.firstByteTimeout().toMillis(), fired -> {
                BackendException.Timeout timeout = new BackendException.Timeout(backend.id(), "backend " + backend.id()
                        + " sent no response within " + backend.firstByteTimeout().toSeconds() + " s");
                if (result.completeExceptionally(timeout)) {
                    request.reset(0, timeout);
                }
            });
            var sent = body == null ? request.send() : request.send(body);
            sent.onComplete(answered -> {
                vertx.cancelTimer(timer);
                if (answered.failed()) {
                    result.completeExceptionally(new BackendException.Unavailable(backend.id(),
                            "backend " + backend.id() + " failed: " + answered.cause().getMessage(), answered.cause()));
                    return;
                }
                HttpClientResponse response = answered.result();
                if (response.statusCode() >= 500) {
                    response.body().onComplete(read -> result.completeExceptionally(new BackendException.ErrorStatus(
                            backend.id(), response.statusCode(),
                            BackendError.parse(read.succeeded() ? read.result().getBytes() : new byte[0], json))));
                    return;
                }
                response.pause();
                if (!result.complete(response)) {
                    // The timeout won the race; nobody will read this answer.
                    request.reset();
                }
            });
        });
        return result;
    }
}
