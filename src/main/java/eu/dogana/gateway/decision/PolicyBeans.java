package eu.dogana.gateway.decision;

import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.AuditWriter;
import eu.dogana.audit.EventType;
import eu.dogana.policy.PolicyBundles;
import eu.dogana.policy.PolicyConfig;
import eu.dogana.policy.PolicyDirectoryWatcher;
import eu.dogana.policy.PolicyEngine;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The policy bundle in force: loaded at startup (a bundle with errors stops the gateway, listing every error with
 * file, line and column), reloaded when its files change, and each reload written to the register.
 */
@Singleton
public final class PolicyBeans {

    private final PolicyConfig config;
    private final AuditWriter writer;
    private PolicyBundles bundles;
    private PolicyDirectoryWatcher watcher;

    PolicyBeans(PolicyConfig config, AuditWriter writer) {
        this.config = config;
        this.writer = writer;
    }

    @Produces
    @Singleton
    PolicyBundles bundles() {
        return loaded();
    }

    @Produces
    @Singleton
    PolicyEngine engine(PolicyBundles bundles) {
        return new PolicyEngine(bundles);
    }

    synchronized PolicyBundles loaded() {
        if (bundles == null) {
            Path dir = Path.of(config.dir());
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new IllegalStateException("dogana.policies.dir: there is no policy bundle at " + dir.toAbsolutePath()
                        + "; start the gateway from the repository root or set DOGANA_POLICIES_DIR");
            }
            bundles = PolicyBundles.load(dir);
            Log.infof("policy bundle %s loaded from %s", bundles.current().hash(), config.dir());
        }
        return bundles;
    }

    void start(@Observes StartupEvent event) throws IOException {
        PolicyBundles loaded = loaded();
        if (config.watch()) {
            watcher = new PolicyDirectoryWatcher(loaded, config.debounce(), reload -> recordReload("watch", reload));
        }
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Logs a reload and records it in the register, applied or refused. */
    public void recordReload(String trigger, PolicyBundles.Reload reload) {
        if (reload.applied()) {
            Log.infof("policy bundle %s now in force (%s)", reload.hash(), trigger);
        } else {
            Log.warnf("policy reload refused (%s), bundle %s stays in force: %s", trigger, reload.hash(), reload.errors());
        }
        try {
            writer.appendAndWait(new AuditEvent(EventType.POLICY_RELOADED, Instant.now(), "", "system", "system",
                    Map.of("trigger", trigger, "applied", reload.applied(), "policy_bundle", reload.hash(),
                            "errors", reload.errors().size())));
        } catch (RuntimeException e) {
            Log.warnf("policy reload could not be recorded: %s", e.getMessage());
        }
    }
}
