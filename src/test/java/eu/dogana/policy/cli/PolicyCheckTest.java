package eu.dogana.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCheckTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PolicyCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shippedBundleChecksClean() {
        assertThat(run("check", "policies")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("policy bundle policies: OK")
                .containsPattern("sha256: +[0-9a-f]{64}");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void errorsArePrintedAsFileLineColumnAndExitOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), """
                rules:
                  - id: r1
                    when: findings.count['NOPE'] > 0
                    action: deny
                    reason: no
                    legal_ref: x
                    extra: 1
                """);
        assertThat(run("check", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "bad.yaml:3:26: invalid condition: unknown entity type 'NOPE'",
                "bad.yaml:7:5: unknown key 'extra' (expected one of: action, description, id, legal_ref, reason,"
                        + " require, route, scope, transform, when)",
                "2 errors in " + dir);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void usageErrorExitsTwo() {
        assertThat(run("check", "a", "b")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: policy check [DIR]");
    }
}
