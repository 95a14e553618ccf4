package eu.dogana.gateway.error;

import eu.dogana.backend.BackendError;
import eu.dogana.backend.BackendException;
import java.util.Optional;

/** Translates what went wrong with a backend into what the caller is told. */
public final class BackendFailures {

    private BackendFailures() {
    }

    /** For a failure before any byte of the answer was sent: 502 or 504 in the OpenAI error shape. */
    public static GatewayException toGatewayException(Throwable failure, String requestId) {
        return switch (failure) {
            case BackendException.Timeout timeout -> new GatewayException(504, "server_error", "backend_timeout",
                    Optional.empty(), "The model server did not answer in time. Try again later.");
            case BackendException.ErrorStatus status -> new GatewayException(502, "server_error", "backend_error",
                    Optional.empty(), withDetail("The model server failed (HTTP " + status.status() + ")", status.error()));
            case BackendException.Unavailable unavailable -> new GatewayException(502, "server_error",
                    "backend_unavailable", Optional.empty(), "No model server for this model is reachable right now. Try again later.");
            case GatewayException refused -> refused;
            default -> GatewayException.internal(requestId);
        };
    }

    /**
     * For a backend's non-5xx error answer. Client errors that concern the request (400, 413, 422, 429) are
     * passed on with the backend's own message, because only the caller can fix them (a prompt longer than the
     * model's context, say); errors that concern the gateway's own credentials or configuration (401, 403,
     * 404, …) become 502.
     */
    public static GatewayException fromBackendAnswer(int status, BackendError error) {
        return switch (status) {
            case 400, 422 -> new GatewayException(400, "invalid_request_error", "backend_rejected_request",
                    Optional.empty(), withDetail("The model server rejected the request", error));
            case 413 -> new GatewayException(413, "invalid_request_error", "request_too_large", Optional.empty(),
                    withDetail("The model server rejected the request as too large", error));
            case 429 -> new GatewayException(429, "rate_limit_error", "backend_rate_limited", Optional.empty(),
                    withDetail("The model server is rate limiting requests", error));
            case 401, 403 -> new GatewayException(502, "server_error", "backend_auth_failed", Optional.empty(),
                    "The model server refused the gateway's credentials; the operator must fix dogana.backends.<id>.api-key.");
            case 404 -> new GatewayException(502, "server_error", "backend_model_missing", Optional.empty(),
                    withDetail("The model server does not serve this model; the operator must fix dogana.backends.<id>.models", error));
            default -> new GatewayException(502, "server_error", "backend_error", Optional.empty(),
                    withDetail("The model server failed (HTTP " + status + ")", error));
        };
    }

    private static String withDetail(String summary, BackendError error) {
        return error.message().isEmpty() ? summary + "." : summary + ": " + error.message();
    }
}
