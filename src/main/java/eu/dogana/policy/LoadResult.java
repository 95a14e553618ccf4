package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The result of loading a bundle: the bundle, or every error found (sorted by file, line, column), never both.
 */
public record LoadResult(Optional<PolicyBundle> bundle, List<PolicyError> errors) {

    public LoadResult {
        requireNonNull(bundle, "bundle is null");
        errors = List.copyOf(requireNonNull(errors, "errors is null"));
        if (bundle.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("a load result has a bundle or errors, not both and not neither");
        }
    }

    public boolean ok() {
        return bundle.isPresent();
    }
}
