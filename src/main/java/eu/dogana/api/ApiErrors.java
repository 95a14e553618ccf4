package eu.dogana.api;

import eu.dogana.gateway.error.ErrorResponder;
import eu.dogana.gateway.error.GatewayException;
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
}
