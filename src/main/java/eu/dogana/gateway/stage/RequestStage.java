package eu.dogana.gateway.stage;

import eu.dogana.gateway.Exchange;

/**
 * One step of the path a request takes before it is forwarded (see DESIGN.md, "The path of one request").
 *
 * <p>Stages run in a fixed order on a virtual thread, so they may block (database, key lookups, the audit
 * writer's group commit). A stage refuses a request by throwing
 * {@link eu.dogana.gateway.error.GatewayException}; it keeps no per-request state in fields.
 */
public interface RequestStage {

    void process(Exchange exchange);
}
