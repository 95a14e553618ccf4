package eu.dogana.backend;

import static java.util.Objects.requireNonNull;

import io.vertx.core.http.HttpClientResponse;

/**
 * A backend's answer head, body not yet read (the response is paused until the caller resumes it).
 *
 * @param route the route that answered, after any retries
 * @param attempts how many backends were tried, this one included
 */
public record RoutedResponse(ModelRoute route, HttpClientResponse response, int attempts) {

    public RoutedResponse {
        requireNonNull(route, "route is null");
        requireNonNull(response, "response is null");
    }

    /**
     * Stops the backend from producing an answer nobody will read (the caller went away, or the answer broke).
     * On HTTP/1.1 this closes the connection, which is what makes vLLM and llama.cpp abort the generation.
     * The reset reaches the response's exception handler, which a reader has set.
     */
    public void cancel() {
        response.request().reset();
    }

    /** Cancels an answer nobody has started to read; its reset is expected, so it is not logged as an error. */
    public void discard() {
        response.exceptionHandler(expected -> {
        });
        cancel();
    }
}
