package eu.dogana.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fact for the register, before the writer gives it its place in the chain.
 *
 * <p>Nothing personal belongs here: the principal is a keyed pseudonym ({@link Pseudonyms}), and
 * {@code attributes} carry metadata only — purpose, model, backend and its region, decision, status, token
 * counts, error class — never prompts, answers, identifiers or key material. Attribute values are strings,
 * integers or booleans, so that their canonical form (RFC 8785) is unambiguous.
 *
 * @param type what happened
 * @param time when the gateway observed it
 * @param requestId the request it belongs to, or empty for events outside a request (admin actions)
 * @param tenant whose register partition it belongs to
 * @param principal keyed pseudonym of who acted
 * @param attributes metadata by name
 */
public record AuditEvent(EventType type, Instant time, String requestId, String tenant, String principal,
                         Map<String, Object> attributes) {

    public AuditEvent {
        requireNonNull(type, "type is null");
        requireNonNull(time, "time is null");
        requireNonNull(requestId, "requestId is null");
        requireNonNull(tenant, "tenant is null");
        requireNonNull(principal, "principal is null");
        TreeMap<String, Object> sorted = new TreeMap<>();
        requireNonNull(attributes, "attributes is null").forEach((name, value) -> {
            requireNonNull(value, () -> "attribute " + name + " is null");
            if (!(value instanceof String || value instanceof Long || value instanceof Integer || value instanceof Boolean)) {
                throw new IllegalArgumentException("attribute " + name + " must be a string, integer or boolean, got "
                        + value.getClass().getSimpleName());
            }
            sorted.put(name, value instanceof Integer integer ? Long.valueOf(integer) : value);
        });
        attributes = java.util.Collections.unmodifiableMap(sorted);
    }

    @Override
    public String toString() {
        return "AuditEvent[" + type + " " + requestId + " " + tenant + "]";
    }
}
