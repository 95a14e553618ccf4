package eu.dogana.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyBundlesTest {

    private static final String GOOD = """
            purposes:
              - id: support
                description: Support
                legal_basis: contract
                retention_days: 30
            rules:
              - id: allow-support
                when: purpose == 'support'
                action: allow
                reason: ok
                legal_ref: GDPR Art. 6(1)(b)
            """;

    @TempDir
    Path dir;

    @Test
    void aBadReloadKeepsTheBundleInForce() {
        Bundles.write(dir, "p.yaml", GOOD);
        PolicyBundles bundles = PolicyBundles.load(dir);
        PolicyBundle before = bundles.current();

        Bundles.write(dir, "p.yaml", GOOD.replace("action: allow", "action: permit"));
        PolicyBundles.Reload refused = bundles.reload();

        assertThat(refused.applied()).isFalse();
        assertThat(refused.hash()).isEqualTo(before.hash());
        assertThat(refused.errors()).extracting(PolicyError::toString)
                .containsExactly("p.yaml:9:13: unknown action 'permit' (expected one of: allow, deny, transform,"
                        + " route, require)");
        assertThat(bundles.current()).isSameAs(before);
        assertThat(new PolicyEngine(bundles).decide(Bundles.input().build()).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void aGoodReloadSwapsTheBundle() {
        Bundles.write(dir, "p.yaml", GOOD);
        PolicyBundles bundles = PolicyBundles.load(dir);
        String before = bundles.current().hash();

        Bundles.write(dir, "p.yaml", GOOD.replace("when: purpose == 'support'", "when: request.tokens > 5000"));
        PolicyBundles.Reload applied = bundles.reload();

        assertThat(applied.applied()).isTrue();
        assertThat(applied.hash()).isNotEqualTo(before).isEqualTo(bundles.current().hash());
        assertThat(new PolicyEngine(bundles).decide(Bundles.input().build()).ruleId()).isEqualTo("default-deny");
    }

    @Test
    void aBadBundleAtStartIsAnException() {
        Bundles.write(dir, "p.yaml", "rules: {}\n");
        assertThatThrownBy(() -> PolicyBundles.load(dir))
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("p.yaml:1:8: 'rules' must be a list, got a mapping");
    }

    @Test
    void hashIsStableAndChangesWithOneLine() throws IOException {
        Bundles.write(dir, "a.yaml", GOOD);
        Bundles.write(dir, "b/c.yaml", "# nothing yet\n");
        String first = Bundles.bundle(dir).hash();
        assertThat(Bundles.bundle(dir).hash()).isEqualTo(first);
        assertThat(first).matches("[0-9a-f]{64}");

        // Same content with Windows line endings and a BOM: same hash.
        Files.write(dir.resolve("a.yaml"), ("\uFEFF" + GOOD.replace("\n", "\r\n")).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Bundles.bundle(dir).hash()).isEqualTo(first);

        Bundles.write(dir, "a.yaml", GOOD.replace("reason: ok", "reason: ok."));
        String changed = Bundles.bundle(dir).hash();
        assertThat(changed).isNotEqualTo(first);

        Bundles.write(dir, "a.yaml", GOOD);
        Bundles.write(dir, "b/c.yaml", "# nothing yet, really\n");
        assertThat(Bundles.bundle(dir).hash()).isNotEqualTo(first).isNotEqualTo(changed);
    }

    @Test
    void hashFollowsTheDocumentedRecipe() throws Exception {
        Bundles.write(dir, "p.yaml", GOOD);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[] content = GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        sha.update(("dogana-policy-bundle/1\np.yaml\n" + content.length + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        sha.update(content);
        sha.update((byte) '\n');
        assertThat(Bundles.bundle(dir).hash()).isEqualTo(java.util.HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void watcherReloadsAfterAChangeAndRefusesABadOne() throws IOException {
        Bundles.write(dir, "p.yaml", GOOD);
        PolicyBundles bundles = PolicyBundles.load(dir);
        String before = bundles.current().hash();
        CopyOnWriteArrayList<PolicyBundles.Reload> reloads = new CopyOnWriteArrayList<>();
        try (PolicyDirectoryWatcher watcher = new PolicyDirectoryWatcher(bundles, Duration.ofMillis(50), reloads::add)) {
            Bundles.write(dir, "p.yaml", GOOD.replace("reason: ok", "reason: fine"));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> !bundles.current().hash().equals(before));
            String good = bundles.current().hash();

            Bundles.write(dir, "p.yaml", GOOD.replace("legal_ref:", "legal_reference:"));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> reloads.stream().anyMatch(r -> !r.applied()));
            assertThat(bundles.current().hash()).isEqualTo(good);
        }
    }
}
