package eu.dogana.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.it.support.GatewayProcess;
import eu.dogana.it.support.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateway processes on one PostgreSQL register share a key's rate limit: the test bundle gives tenant
 * {@code limited} three requests a minute per key, and requests spread over both nodes are counted together.
 */
class SharedRateLimitIT {

    @TempDir
    Path home;

    @Test
    void twoNodesCountAgainstOneLimit() throws Exception {
        PostgresDatabase database = new PostgresDatabase();
        database.start();
        try (GatewayProcess first = GatewayProcess.start(GatewayProcess.freePort(), Files.createDirectories(home.resolve("a")),
                     withNode(GatewayProcess.postgres(database.url()), "node-a"));
             GatewayProcess second = GatewayProcess.start(GatewayProcess.freePort(), Files.createDirectories(home.resolve("b")),
                     withNode(GatewayProcess.postgres(database.url()), "node-b"))) {
            for (int attempt = 0; attempt < 2; attempt++) {
                String key = first.issueKey("limited");
                long minute = System.currentTimeMillis() / 60_000;
                List<Integer> statuses = new ArrayList<>();
                for (GatewayProcess node : List.of(first, second, first, second)) {
                    statuses.add(node.chat(key, "hi").statusCode());
                }
                if (System.currentTimeMillis() / 60_000 == minute) {
                    assertThat(statuses).containsExactly(200, 200, 200, 429);
                    return;
                }
            }
        } finally {
            database.stop();
        }
    }

    private static java.util.Map<String, String> withNode(java.util.Map<String, String> env, String node) {
        env.put("DOGANA_AUDIT_NODE_ID", node);
        return env;
    }
}
