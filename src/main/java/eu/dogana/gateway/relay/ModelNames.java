package eu.dogana.gateway.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.backend.ModelRoute;

/**
 * Shows callers the model name they asked for when the backend knows it under another (an alias): the request
 * gets the upstream name, answers get the public one back. Without an alias both are the identity.
 */
final class ModelNames {

    private ModelNames() {
    }

    /**
     * Sets {@code model} of a parsed answer document (or stream chunk) back to the public name, in place; returns
     * whether it changed anything.
     */
    static boolean restore(ModelRoute route, ObjectNode document) {
        if (route.isAlias() && document.has("model")) {
            document.put("model", route.model());
            return true;
        }
        return false;
    }
}
