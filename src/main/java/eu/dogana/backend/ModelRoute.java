package eu.dogana.backend;

import static java.util.Objects.requireNonNull;

/**
 * A model as callers name it, served by one backend under the name that backend knows it by.
 *
 * @param model the public name callers send and {@code /v1/models} lists
 * @param upstreamModel the name sent to the backend (differs when an alias is configured)
 */
public record ModelRoute(String model, String upstreamModel, Backend backend) {

    public ModelRoute {
        requireNonNull(model, "model is null");
        requireNonNull(upstreamModel, "upstreamModel is null");
        requireNonNull(backend, "backend is null");
    }

    public boolean isAlias() {
        return !model.equals(upstreamModel);
    }
}
