package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a {@code route} rule sends a request: a backend id ({@code dogana.backends.<id>}), a model name to
 * substitute, or both; at least one.
 */
public record Route(Optional<String> backend, Optional<String> model) {

    public Route {
        requireNonNull(backend, "backend is null");
        requireNonNull(model, "model is null");
        if (backend.isEmpty() && model.isEmpty()) {
            throw new IllegalArgumentException("a route names a backend, a model or both");
        }
    }
}
