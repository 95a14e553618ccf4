package eu.dogana.gateway.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.backend.BackendError;
import eu.dogana.backend.ModelRoute;
import eu.dogana.backend.RoutedResponse;
import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.error.BackendFailures;
import eu.dogana.gateway.error.ErrorResponder;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.sse.SseEvent;
import eu.dogana.gateway.sse.SseParser;
import eu.dogana.gateway.sse.SseWriter;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Carries a backend's answer to the caller. A streamed answer is relayed event by event as it arrives: each
 * network read of the backend becomes one write to the caller, nothing waits for the end. Runs on the Vert.x
 * event loop of the caller's connection.
 *
 * <ul>
 *   <li>The backend going silent longer than its idle timeout, or cutting the stream before {@code [DONE]},
 *       ends the caller's stream with an OpenAI error event instead of leaving it hanging.</li>
 *   <li>The caller going away resets the backend request, so the model stops generating for nobody.</li>
 *   <li>A slow caller pauses the backend (back-pressure) instead of buffering without bound.</li>
 * </ul>
 */
@Singleton
public final class ResponseRelay {

    private final Vertx vertx;
    private final ErrorResponder errors;
    private final ObjectMapper json;
    private final ModelNames modelNames;

    ResponseRelay(Vertx vertx, ErrorResponder errors, ObjectMapper json) {
        this.vertx = vertx;
        this.errors = errors;
        this.json = json;
        this.modelNames = new ModelNames(json);
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

    /** Resets a timer on every chunk and fires when the backend has been silent for its idle timeout. */
    private abstract class IdleWatch {

        private final long idleMillis;
        private long timer = -1;

        IdleWatch(ModelRoute route) {
            this.idleMillis = route.backend().idleTimeout().toMillis();
        }

        final void touch() {
            cancel();
            timer = vertx.setTimer(idleMillis, fired -> onIdle());
        }

        final void cancel() {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }

        abstract void onIdle();
    }

    /** A complete (non-streamed) answer, or an error answer of any kind. */
    private final class BodyRelay extends IdleWatch {

        private final Exchange exchange;
        private final RoutedResponse routed;
        private final HttpServerResponse out;
        private final Buffer body = Buffer.buffer();
        private boolean finished;

        BodyRelay(Exchange exchange, RoutedResponse routed, HttpServerResponse out) {
            super(routed.route());
            this.exchange = exchange;
            this.routed = routed;
            this.out = out;
        }

        void start() {
            HttpClientResponse in = routed.response();
            out.closeHandler(closed -> abandon());
            in.handler(chunk -> {
                touch();
                body.appendBuffer(chunk);
            });
            in.exceptionHandler(failure -> fail(new GatewayException(502, "server_error", "backend_interrupted",
                    Optional.empty(), "The model server broke off its answer.")));
            in.endHandler(end -> complete());
            touch();
            in.resume();
        }

        private void complete() {
            if (finished) {
                return;
            }
            finished = true;
            cancel();
            HttpClientResponse in = routed.response();
            if (in.statusCode() >= 400) {
                errors.send(out, BackendFailures.fromBackendAnswer(in.statusCode(),
                        BackendError.parse(body.getBytes(), json)));
                return;
            }
            byte[] answer = modelNames.restore(routed.route(), body.getBytes());
            out.setStatusCode(in.statusCode());
            String contentType = in.getHeader(HttpHeaders.CONTENT_TYPE);
            out.putHeader(HttpHeaders.CONTENT_TYPE, contentType == null ? "application/json" : contentType);
            out.end(Buffer.buffer(answer));
        }

        private void fail(GatewayException error) {
            if (finished) {
                return;
            }
            finished = true;
            cancel();
            routed.cancel();
            errors.send(out, error);
        }

        @Override
        void onIdle() {
            fail(new GatewayException(504, "server_error", "backend_timeout", Optional.empty(),
                    "The model server stopped sending its answer."));
        }

        private void abandon() {
            if (!finished) {
                finished = true;
                cancel();
                routed.cancel();
                Log.debugf("%s: caller went away before the answer was complete", exchange.requestId());
            }
        }
    }

    /** A streamed answer: server-sent events relayed as they come. */
    private final class StreamRelay extends IdleWatch {

        private final Exchange exchange;
        private final RoutedResponse routed;
        private final HttpServerResponse out;
        private final SseParser parser;
        private Buffer pending;
        private boolean sawDone;
        private boolean finished;

        StreamRelay(Exchange exchange, RoutedResponse routed, HttpServerResponse out) {
            super(routed.route());
            this.exchange = exchange;
            this.routed = routed;
            this.out = out;
            this.parser = new SseParser(this::onEvent);
        }

        void start() {
            HttpClientResponse in = routed.response();
            out.setStatusCode(200)
                    .setChunked(true)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    // Tells nginx-style proxies in front of the gateway not to buffer the stream.
                    .putHeader("X-Accel-Buffering", "no");
            out.closeHandler(closed -> abandon());
            out.exceptionHandler(failure -> abandon());
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
            if (pending.length() > 0) {
                out.write(pending);
            }
            pending = null;
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
                sawDone = true;
                SseWriter.appendData(pending, SseEvent.DONE);
                return;
            }
            ModelRoute route = routed.route();
            if (route.isAlias()) {
                String restored = new String(modelNames.restore(route, event.data().getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                SseWriter.append(pending, new SseEvent(event.name(), restored));
            } else {
                SseWriter.append(pending, event);
            }
        }

        private void onEnd() {
            if (finished) {
                return;
            }
            pending = Buffer.buffer();
            parser.end();
            if (pending.length() > 0) {
                out.write(pending);
            }
            pending = null;
            if (!sawDone) {
                cut("The model server ended the stream before it was complete.");
                return;
            }
            finished = true;
            cancel();
            out.end();
        }

        @Override
        void onIdle() {
            cut("The model server stopped sending the stream.");
        }

        private void cut(String message) {
            if (finished) {
                return;
            }
            finished = true;
            cancel();
            routed.cancel();
            Log.warnf("%s: stream from backend %s cut: %s", exchange.requestId(), routed.route().backend().id(), message);
            errors.send(out, new GatewayException(502, "server_error", "backend_stream_interrupted", Optional.empty(), message));
        }

        private void abandon() {
            if (!finished) {
                finished = true;
                cancel();
                routed.cancel();
                Log.debugf("%s: caller closed the stream; backend request cancelled", exchange.requestId());
            }
        }
    }
}
