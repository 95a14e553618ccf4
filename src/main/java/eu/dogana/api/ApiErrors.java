package eu.dogana.api;

import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.gateway.error.ErrorResponder;
import eu.dogana.gateway.error.GatewayException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The admin, audit and report APIs answer errors in the same OpenAI shape as {@code /v1}. */
public class ApiErrors {

    private final ErrorResponder errors;

    ApiErrors(ErrorResponder errors) {
        this.errors = errors;
    }

    @ServerExceptionMapper
    public Response refused(GatewayException error) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(errors.body(error).getBytes())
                .build();
    }

    /**
     * The register could not be read or written where a resource did not turn that into its own answer: 503
     * {@code audit_unavailable}, as the request path answers, never a stack trace. The cause is logged, not sent.
     */
    @ServerExceptionMapper
    public Response registerUnavailable(AuditUnavailableException error) {
        Log.errorf("The register is unavailable: %s", error.getMessage());
        return refused(GatewayException.auditUnavailable("the audit register is unavailable; try again later"));
    }
}
