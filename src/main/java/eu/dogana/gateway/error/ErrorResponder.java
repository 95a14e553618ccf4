package eu.dogana.gateway.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;

/** Writes a {@link GatewayException} as an OpenAI error response, or as a final event of a started stream. */
@Singleton
public final class ErrorResponder {

    private final ObjectMapper json;

    ErrorResponder(ObjectMapper json) {
        this.json = json;
    }

    public void send(HttpServerResponse response, GatewayException error) {
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Too late for a status code: the stream carries the error as its last event.
            response.end(streamEvent(error));
            return;
        }
        error.retryAfterSeconds().ifPresent(seconds -> response.putHeader("Retry-After", Long.toString(seconds)));
        response.setStatusCode(error.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body(error));
    }

    public Buffer body(GatewayException error) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(error.toError().toJson(json)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an error body of plain strings always serialises", e);
        }
    }

    /** {@code data: {"error":{…}}\n\n}: OpenAI SDKs raise it as an API error while iterating a stream. */
    public Buffer streamEvent(GatewayException error) {
        return Buffer.buffer("data: ").appendBuffer(body(error)).appendString("\n\n");
    }
}
