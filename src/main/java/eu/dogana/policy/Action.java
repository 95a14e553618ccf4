package eu.dogana.policy;

import java.util.Locale;
import java.util.Optional;

/** What a rule does when it matches; see {@link PolicyBundle} for how matches combine. */
public enum Action {
    ALLOW,
    DENY,
    TRANSFORM,
    ROUTE,
    REQUIRE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Action> fromWireName(String name) {
        for (Action action : values()) {
            if (action.wireName().equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
