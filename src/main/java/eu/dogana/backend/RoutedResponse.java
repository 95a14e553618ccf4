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
}
