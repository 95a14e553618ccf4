package eu.dogana.gateway.error;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request the gateway refuses or cannot complete, with everything its OpenAI-shaped error body needs.
 * Messages are written for the caller: no stack traces, no request content, no secrets.
 */
public final class GatewayException extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final Optional<String> param;
    private final OptionalLong retryAfterSeconds;

    public GatewayException(int status, String type, String code, Optional<String> param, String message) {
        this(status, type, code, param, message, OptionalLong.empty());
    }

    private GatewayException(int status, String type, String code, Optional<String> param, String message,
                             OptionalLong retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.type = requireNonNull(type, "type is null");
        this.code = requireNonNull(code, "code is null");
        this.param = requireNonNull(param, "param is null");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 503 {@code audit_unavailable}: the register cannot record, so the gateway does not act (fail-closed). */
    public static GatewayException auditUnavailable(String message) {
        return new GatewayException(503, "server_error", "audit_unavailable", Optional.empty(), message);
    }

    /** 429 with {@code Retry-After}: a policy limit of the key or the tenant is used up for this window. */
    public static GatewayException rateLimited(String code, String message, long retryAfterSeconds) {
        return new GatewayException(429, "rate_limit_error", code, Optional.empty(), message,
                OptionalLong.of(Math.max(1, retryAfterSeconds)));
    }

    public static GatewayException invalidRequest(String message, String param) {
        return new GatewayException(400, "invalid_request_error", "invalid_request", Optional.ofNullable(param), message);
    }

    public static GatewayException invalidJson(String message) {
        return new GatewayException(400, "invalid_request_error", "invalid_json", Optional.empty(), message);
    }

    public static GatewayException unauthenticated(String message) {
        return new GatewayException(401, "authentication_error", "invalid_api_key", Optional.empty(), message);
    }

    public static GatewayException forbidden(String code, String message) {
        return new GatewayException(403, "permission_error", code, Optional.empty(), message);
    }

    public static GatewayException modelNotFound(String model) {
        return new GatewayException(404, "invalid_request_error", "model_not_found", Optional.of("model"),
                "The model '" + model + "' does not exist or is not served by this gateway. GET /v1/models lists the models you may use.");
    }

    public static GatewayException notFound(String message) {
        return new GatewayException(404, "invalid_request_error", "not_found", Optional.empty(), message);
    }

    public static GatewayException bodyTooLarge(long limit) {
        return new GatewayException(413, "invalid_request_error", "request_too_large", Optional.empty(),
                "The request body exceeds the gateway's limit of " + limit + " bytes.");
    }

    public static GatewayException internal(String requestId) {
        return new GatewayException(500, "server_error", "internal_error", Optional.empty(),
                "The gateway failed to process the request. Quote request id " + requestId + " to the operator.");
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public Optional<String> param() {
        return param;
    }

    /** Seconds after which a retry may succeed, for the {@code Retry-After} header. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public OpenAiError toError() {
        return new OpenAiError(getMessage(), type, code, param);
    }
}
