package eu.dogana.admin;

import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.error.ErrorResponder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The admin API answers errors in the same OpenAI shape as {@code /v1}. */
public class AdminErrors {

    private final ErrorResponder errors;

    AdminErrors(ErrorResponder errors) {
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
