package eu.dogana.it.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the services every integration test talks to, once for the whole run: the backend simulator and a
 * real Keycloak. (Global resources apply to every {@code @QuarkusTest}, whichever class declares them.)
 */
@QuarkusTestResource(SimulatorResource.class)
@QuarkusTestResource(KeycloakResource.class)
public final class TestResources {

    private TestResources() {
    }
}
