package eu.dogana.policy;

import eu.dogana.pii.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes bundles for tests and builds inputs. */
final class Bundles {

    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private Bundles() {}

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadResult load(Path dir) {
        return new PolicyLoader().load(dir);
    }

    static PolicyBundle bundle(Path dir) {
        LoadResult result = load(dir);
        if (!result.ok()) {
            throw new AssertionError("bundle has errors: " + result.errors());
        }
        return result.bundle().orElseThrow();
    }

    /** A one-file bundle. */
    static PolicyBundle bundle(Path dir, String yaml) {
        write(dir, "policy.yaml", yaml);
        return bundle(dir);
    }

    static Input input() {
        return new Input();
    }

    /** A builder of inputs with sensible defaults: tenant acme, purpose support, model m, region DE. */
    static final class Input {
        private String principal = "key-1";
        private String tenant = "acme";
        private Set<String> roles = Set.of("caller");
        private String purpose = "support";
        private String model = "m";
        private List<String> regions = List.of("DE");
        private Map<EntityType, Integer> counts = Map.of();
        private int minors;
        private int tokens = 100;

        Input tenant(String value) {
            tenant = value;
            return this;
        }

        Input roles(String... value) {
            roles = Set.of(value);
            return this;
        }

        Input purpose(String value) {
            purpose = value;
            return this;
        }

        Input model(String value) {
            model = value;
            return this;
        }

        Input regions(String... value) {
            regions = List.of(value);
            return this;
        }

        Input found(Map<EntityType, Integer> value) {
            counts = value;
            return this;
        }

        Input found(EntityType type) {
            counts = Map.of(type, 1);
            return this;
        }

        Input minors(int value) {
            minors = value;
            return this;
        }

        Input tokens(int value) {
            tokens = value;
            return this;
        }

        PolicyInput build() {
            return new PolicyInput(principal, tenant, roles, purpose, model, regions,
                    new FindingsSummary(counts, Set.of("en"), minors), new RequestFacts(tokens, false, List.of()),
                    NOON);
        }
    }
}
