package eu.dogana.gateway.register;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How a forwarded request ended, for its completion event.
 *
 * @param status the HTTP status the caller got (200 for a stream that started, whatever happened later)
 * @param result {@code ok}, or what went wrong: {@code backend_error}, {@code interrupted}, {@code timeout},
 *               {@code client_closed}
 * @param errorCode the OpenAI error code sent to the caller, when there was one
 */
public record Outcome(int status, String result, Optional<Usage> usage, Optional<String> errorCode) {

    public Outcome {
        requireNonNull(result, "result is null");
        requireNonNull(usage, "usage is null");
        requireNonNull(errorCode, "errorCode is null");
    }

    public static Outcome ok(int status, Optional<Usage> usage) {
        return new Outcome(status, "ok", usage, Optional.empty());
    }

    public static Outcome failed(int status, String result, String errorCode, Optional<Usage> usage) {
        return new Outcome(status, result, usage, Optional.of(errorCode));
    }
}
