package eu.dogana.gateway.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.backend.BackendError;
import eu.dogana.backend.ModelRoute;
import eu.dogana.backend.RoutedResponse;
import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.error.BackendFailures;
import eu.dogana.gateway.error.ErrorResponder;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.privacy.AnswerGuard;
import eu.dogana.gateway.privacy.AnswerPolicy;
import eu.dogana.gateway.privacy.ContentCapture;
import eu.dogana.gateway.privacy.StreamedAnswer;
import eu.dogana.gateway.register.Outcome;
import eu.dogana.gateway.register.RequestRegister;
import eu.dogana.gateway.register.Usage;
import eu.dogana.gateway.sse.SseEvent;
import eu.dogana.gateway.sse.SseParser;
import eu.dogana.gateway.sse.SseWriter;
import io.quarkus.logging.Log;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;

/**
 * Carries a backend's answer to the caller. A streamed answer is relayed event by event as it arrives: each
 * network read of the backend becomes one write to the caller, nothing waits for the end. Runs on the Vert.x
 * event loop of the caller's connection.
 *
 * <ul>
 *   <li>The completion event is committed to the register before the caller's last byte ({@code [DONE]}, or the
 *       whole body of a non-streamed answer); if it cannot be, the caller gets {@code audit_unavailable}
 *       instead.</li>
 *   <li>The backend going silent longer than its idle timeout, or cutting the stream before {@code [DONE]},
 *       ends the caller's stream with an OpenAI error event instead of leaving it hanging.</li>
 *   <li>The caller going away resets the backend request, so the model stops generating for nobody.</li>
 *   <li>A slow caller pauses the backend (back-pressure) instead of buffering without bound.</li>
 *   <li>Placeholders minted for the prompt are restored in the answer, streamed or not, and personal data the
 *       caller did not send is counted for the register ({@link AnswerGuard}).</li>
 *   <li>When the purpose keeps answers, what the caller is sent is also handed to the request's
 *       {@link ContentCapture}, to be kept encrypted with the completion.</li>
 * </ul>
 */
@Singleton
public final class ResponseRelay {

    private static final String EVENT_STREAM = "text/event-stream";

    private final Vertx vertx;
    private final ErrorResponder errors;
    private final ObjectMapper json;
    private final RequestRegister register;
    private final AnswerGuard answers;

    ResponseRelay(Vertx vertx, ErrorResponder errors, ObjectMapper json, RequestRegister register, AnswerGuard answers) {
        this.vertx = vertx;
        this.answers = answers;
        this.errors = errors;
        this.json = json;
        this.register = register;
    }

    public void relay(Exchange exchange, RoutedResponse routed, HttpServerResponse out) {
        HttpClientResponse in = routed.response();
        String contentType = Optional.ofNullable(in.getHeader(HttpHeaders.CONTENT_TYPE)).orElse("");
        if (in.statusCode() < 400 && exchange.stream() && contentType.startsWith("text/event-stream")) {
            new StreamRelay(exchange, routed, out).start();
        } else {
            new BodyRelay(exchange, routed, out).start();
        }
    }

    /** State and endings shared by both relays: idle timer, register completion, cancellation. */
    private abstract class Relay {

        final Exchange exchange;
        final RoutedResponse routed;
        final HttpServerResponse out;
        private final Context context = vertx.getOrCreateContext();
        private final long idleMillis;
        private long timer = -1;
        boolean finished;

        Relay(Exchange exchange, RoutedResponse routed, HttpServerResponse out) {
            this.exchange = exchange;
            this.routed = routed;
            this.out = out;
            this.idleMillis = routed.route().backend().idleTimeout().toMillis();
        }

        final void touch() {
            cancelTimer();
            timer = vertx.setTimer(idleMillis, fired -> onIdle());
        }

        private void cancelTimer() {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }

        abstract void onIdle();

        /**
         * Ends the relay: commits the completion event, then runs {@code last} (which writes the caller's last
         * bytes) on the event loop; if the register fails, the caller gets {@code audit_unavailable} instead.
         */
        final void finish(Outcome outcome, Runnable last) {
            finished = true;
            cancelTimer();
            register.completion(exchange, routed, outcome).whenComplete((committed, failure) -> context.runOnContext(v -> {
                if (failure == null) {
                    last.run();
                } else {
                    errors.send(out, RequestRegister.unavailable(exchange));
                }
            }));
        }

        /** The backend failed after the head arrived: cancel it, record, tell the caller. */
        final void fail(String result, GatewayException error, Optional<Usage> usage) {
            if (finished) {
                return;
            }
            routed.cancel();
            Log.warnf("%s: answer from backend %s failed: %s", exchange.requestId(), routed.route().backend().id(),
                    error.getMessage());
            int status = out.headWritten() ? out.getStatusCode() : error.status();
            finish(Outcome.failed(status, result, error.code(), usage), () -> errors.send(out, error));
        }

        /** The caller went away: stop the backend; the completion is recorded for the register's sake only. */
        final void abandon(Optional<Usage> usage) {
            if (finished) {
                return;
            }
            finished = true;
            cancelTimer();
            routed.cancel();
            register.completion(exchange, routed, Outcome.failed(out.getStatusCode(), "client_closed", "client_closed", usage));
            Log.debugf("%s: caller went away; backend request cancelled", exchange.requestId());
        }
    }

    /** A complete (non-streamed) answer, or an error answer of any kind. */
    private final class BodyRelay extends Relay {

        private final Buffer body = Buffer.buffer();

        BodyRelay(Exchange exchange, RoutedResponse routed, HttpServerResponse out) {
            super(exchange, routed, out);
        }

        void start() {
            HttpClientResponse in = routed.response();
            out.closeHandler(closed -> abandon(Optional.empty()));
            in.handler(chunk -> {
                touch();
                body.appendBuffer(chunk);
            });
            in.exceptionHandler(failure -> fail("interrupted", new GatewayException(502, "server_error",
                    "backend_interrupted", Optional.empty(), "The model server broke off its answer."), Optional.empty()));
            in.endHandler(end -> complete());
            touch();
            in.resume();
        }

        private void complete() {
            if (finished) {
                return;
            }
            HttpClientResponse in = routed.response();
            if (in.statusCode() >= 400) {
                GatewayException error = BackendFailures.fromBackendAnswer(in.statusCode(), BackendError.parse(body.getBytes(), json));
                finish(Outcome.failed(error.status(), "backend_error", error.code(), Optional.empty()), () -> errors.send(out, error));
                return;
            }
            byte[] answer = rewrite(body.getBytes());
            int status = in.statusCode();
            String contentType = Optional.ofNullable(in.getHeader(HttpHeaders.CONTENT_TYPE)).orElse("application/json");
            exchange.contentCapture().ifPresent(capture -> capture.answer(contentType, Buffer.buffer(answer)));
            finish(Outcome.ok(status, usageOf(answer)), () -> out.setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                    .end(Buffer.buffer(answer)));
        }

        /** Model alias and placeholders restored, leaked personal data handled; unparsable answers pass as sent. */
        private byte[] rewrite(byte[] answer) {
            AnswerPolicy policy = exchange.answerPolicy().orElseGet(answers::defaults);
            boolean privacy = !exchange.promptScan().vault().isEmpty() || policy.scan() || policy.dropReasoning();
            if (!privacy && !routed.route().isAlias()) {
                return answer;
            }
            try {
                if (json.readTree(answer) instanceof ObjectNode document) {
                    ModelNames.restore(routed.route(), document);
                    exchange.answerFindings(answers.restore(document, exchange.promptScan().vault(), policy,
                            exchange.principal().tenant()));
                    return json.writeValueAsBytes(document);
                }
            } catch (IOException notJson) {
                // The caller sees what the backend sent.
            }
            return answer;
        }

        @Override
        void onIdle() {
            fail("timeout", new GatewayException(504, "server_error", "backend_timeout", Optional.empty(),
                    "The model server stopped sending its answer."), Optional.empty());
        }

        private Optional<Usage> usageOf(byte[] answer) {
            try {
                return Usage.of(json.readTree(answer));
            } catch (IOException notJson) {
                return Optional.empty();
            }
        }
    }

    /** A streamed answer: server-sent events relayed as they come. */
    private final class StreamRelay extends Relay {

        private final SseParser parser;
        private final StreamedAnswer streamed;
        private Buffer pending;
        private boolean sawDone;
        private Optional<Usage> usage = Optional.empty();
        private final ContentCapture capture;

        StreamRelay(Exchange exchange, RoutedResponse routed, HttpServerResponse out) {
            super(exchange, routed, out);
            this.capture = exchange.contentCapture().filter(ContentCapture::keepsAnswer).orElse(null);
            this.parser = new SseParser(this::onEvent);
            this.streamed = answers.stream(exchange.promptScan().vault(),
                    exchange.answerPolicy().orElseGet(answers::defaults), exchange.principal().tenant());
        }

        void start() {
            HttpClientResponse in = routed.response();
            out.setStatusCode(200)
                    .setChunked(true)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    // Tells nginx-style proxies in front of the gateway not to buffer the stream.
                    .putHeader("X-Accel-Buffering", "no");
            out.closeHandler(closed -> abandon(usage));
            out.exceptionHandler(failure -> abandon(usage));
            in.handler(this::onChunk);
            in.exceptionHandler(failure -> cut("The model server broke off the stream."));
            in.endHandler(end -> onEnd());
            touch();
            in.resume();
        }

        private void onChunk(Buffer chunk) {
            if (finished) {
                return;
            }
            touch();
            pending = Buffer.buffer(chunk.length() + 16);
            parser.feed(chunk.getBytes());
            flush();
            if (sawDone) {
                complete();
                return;
            }
            if (out.writeQueueFull()) {
                HttpClientResponse in = routed.response();
                in.pause();
                out.drainHandler(drained -> in.resume());
            }
        }

        private void onEvent(SseEvent event) {
            if (sawDone) {
                return;
            }
            if (event.isDone()) {
                // Held back until the completion is committed: [DONE] is the caller's last byte.
                sawDone = true;
                return;
            }
            String data = event.data();
            ModelRoute route = routed.route();
            // parsed once for everything that needs it; re-written only when something in it changed
            ObjectNode chunk = route.isAlias() || streamed.active() ? parseObject(data) : null;
            if (data.contains("\"usage\"")) {
                usage = (chunk != null ? Usage.of(chunk) : usageOf(data)).or(() -> usage);
            }
            if (chunk == null) {
                SseWriter.append(pending, event);
                return;
            }
            boolean changed = ModelNames.restore(route, chunk) | streamed.rewrite(chunk);
            SseWriter.append(pending, changed ? new SseEvent(event.name(), write(chunk)) : event);
        }

        private ObjectNode parseObject(String data) {
            try {
                return json.readTree(data) instanceof ObjectNode object ? object : null;
            } catch (IOException notJson) {
                return null;
            }
        }

        private String write(ObjectNode chunk) {
            try {
                return json.writeValueAsString(chunk);
            } catch (IOException e) {
                throw new IllegalStateException("a parsed JSON tree always serialises", e);
            }
        }

        private void flush() {
            if (pending != null && pending.length() > 0) {
                keep(pending);
                out.write(pending);
            }
            pending = null;
        }

        private void complete() {
            // What the backend sends after [DONE] is drained and ignored, so its connection returns to the pool.
            Buffer last = Buffer.buffer();
            ObjectNode held = streamed.finalChunk();
            if (held != null) {
                SseWriter.append(last, new SseEvent(SseEvent.DEFAULT_NAME, write(held)));
            }
            last.appendString("data: " + SseEvent.DONE + "\n\n");
            keep(last);
            exchange.answerFindings(streamed.outputFindings());
            finish(Outcome.ok(200, usage), () -> out.end(last));
        }

        /** What the caller is sent, for a purpose that keeps answers; nothing is copied otherwise. */
        private void keep(Buffer sent) {
            if (capture != null) {
                capture.answer(EVENT_STREAM, sent);
            }
        }

        private void onEnd() {
            if (finished) {
                return;
            }
            pending = Buffer.buffer();
            parser.end();
            flush();
            if (sawDone) {
                complete();
            } else {
                cut("The model server ended the stream before it was complete.");
            }
        }

        @Override
        void onIdle() {
            cut("The model server stopped sending the stream.");
        }

        private void cut(String message) {
            fail("interrupted", new GatewayException(502, "server_error", "backend_stream_interrupted", Optional.empty(),
                    message), usage);
        }

        private Optional<Usage> usageOf(String data) {
            try {
                JsonNode chunk = json.readTree(data);
                return Usage.of(chunk);
            } catch (IOException notJson) {
                return Optional.empty();
            }
        }
    }
}
