package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bundle in force, swapped atomically on reload. A request reads {@link #current()} once and decides with that
 * bundle throughout, so a reload never mixes two bundles in one decision. A bundle that fails to load is refused
 * and the one in force keeps serving.
 */
public final class PolicyBundles {

    /** What a reload did. */
    public record Reload(boolean applied, String hash, List<PolicyError> errors) {
        public Reload {
            requireNonNull(hash, "hash is null");
            errors = List.copyOf(requireNonNull(errors, "errors is null"));
        }
    }

    private final Path directory;
    private final PolicyLoader loader;
    private final AtomicReference<PolicyBundle> current;
    // Reloads (watcher, admin endpoint) are serialised so that an older directory state never replaces a newer one.
    private final Object reloadLock = new Object();

    private PolicyBundles(Path directory, PolicyLoader loader, PolicyBundle initial) {
        this.directory = directory;
        this.loader = loader;
        this.current = new AtomicReference<>(initial);
    }

    /**
     * Loads the bundle in {@code directory}.
     *
     * @throws PolicyLoadException when it has errors: the gateway does not start without a valid policy
     */
    public static PolicyBundles load(Path directory) {
        PolicyLoader loader = new PolicyLoader();
        LoadResult result = loader.load(directory);
        if (!result.ok()) {
            throw new PolicyLoadException(result.errors());
        }
        return new PolicyBundles(directory, loader, result.bundle().orElseThrow());
    }

    public PolicyBundle current() {
        return current.get();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Loads the directory again; installs the new bundle only when it has no error.
     *
     * @return applied with the new hash, or not applied with the errors and the hash still in force
     */
    public Reload reload() {
        synchronized (reloadLock) {
            LoadResult result = loader.load(directory);
            Optional<PolicyBundle> bundle = result.bundle();
            if (bundle.isEmpty()) {
                return new Reload(false, current.get().hash(), result.errors());
            }
            current.set(bundle.get());
            return new Reload(true, bundle.get().hash(), List.of());
        }
    }
}
