package eu.dogana.it.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real Keycloak server (the unpacked {@code keycloak-quarkus-dist}) started at most once per JVM.
 *
 * <p>Starting Keycloak costs 20-40 s and ~450 MB, so every Quarkus test profile shares one instance
 * (see {@link #shared()}); a JVM shutdown hook stops it when the test run ends. The realms in
 * {@code src/test/resources/keycloak/} are imported at startup, and the in-memory H2 database
 * ({@code --db=dev-mem}) guarantees that no state survives from a previous run.
 *
 * <p>Several JVMs must not use the same distribution directory at once: they would share its
 * {@code data/} directory and re-augment its {@code lib/quarkus/} concurrently.
 */
public final class KeycloakServer {

    /** Absolute path of the unpacked distribution; surefire sets it (see pom.xml). */
    public static final String HOME_PROPERTY = "test.keycloak.home";

    /** The realm the gateway trusts; readiness is probed on it, so it must be among {@link #REALM_FILES}. */
    public static final String READINESS_REALM = "dogana";

    /** Classpath resources copied into {@code <home>/data/import/} and imported with {@code --import-realm}. */
    private static final List<String> REALM_FILES =
            List.of("keycloak/dogana-realm.json", "keycloak/other-realm.json");

    /*
     * JVM-wide state. Quarkus loads test classes in a new class loader for every test profile, so a
     * static field of this class exists once per profile, not once per JVM. What must be shared therefore
     * lives in system properties, and the monitor is a string literal: literals are interned JVM-wide
     * (JLS 3.10.5), i.e. the same object in every class loader.
     */
    private static final Object JVM_WIDE_LOCK = "eu.dogana.it.support.KeycloakServer.lock";
    private static final String BASE_URL_STATE = "test.keycloak.state.base-url";
    private static final String LOG_FILE_STATE = "test.keycloak.state.log-file";
    private static final String FAILURE_STATE = "test.keycloak.state.failure";
    private static KeycloakServer sharedInThisLoader; // guarded by JVM_WIDE_LOCK

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());

    private final String baseUrl;
    private final Path logFile;

    private KeycloakServer(String baseUrl, Path logFile) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
        this.logFile = requireNonNull(logFile, "logFile");
    }

    /**
     * Returns the JVM-wide server, starting it on first use.
     *
     * <p>A failed start is remembered and rethrown: every test class would otherwise wait for its own
     * doomed start (up to {@link #STARTUP_TIMEOUT} each) before failing with the same cause.
     */
    public static KeycloakServer shared() {
        synchronized (JVM_WIDE_LOCK) {
            if (sharedInThisLoader != null) {
                return sharedInThisLoader;
            }
            String baseUrl = System.getProperty(BASE_URL_STATE);
            if (baseUrl != null) {
                // Started by an earlier test profile's class loader; its shutdown hook stops it.
                sharedInThisLoader = new KeycloakServer(baseUrl, Path.of(System.getProperty(LOG_FILE_STATE)));
                return sharedInThisLoader;
            }
            String failure = System.getProperty(FAILURE_STATE);
            if (failure != null) {
                throw new IllegalStateException("Keycloak failed to start earlier in this JVM: " + failure);
            }
            KeycloakServer server;
            try {
                server = start(keycloakHome());
            } catch (RuntimeException e) {
                System.setProperty(FAILURE_STATE, String.valueOf(e.getMessage()));
                throw e;
            }
            System.setProperty(LOG_FILE_STATE, server.logFile.toString());
            System.setProperty(BASE_URL_STATE, server.baseUrl);
            sharedInThisLoader = server;
            return server;
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The {@code iss} of tokens issued by {@code realm}, which is also the OIDC auth-server-url. */
    public String issuer(String realm) {
        requireNonNull(realm, "realm");
        return baseUrl + "/realms/" + realm;
    }

    /** Where Keycloak's stdout and stderr go; worth reading when a token is refused unexpectedly. */
    public Path logFile() {
        return logFile;
    }

    private static Path keycloakHome() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("System property " + HOME_PROPERTY + " is not set; run the tests"
                    + " through Maven (the build unpacks Keycloak at process-test-resources and surefire"
                    + " passes the path) or set it to an unpacked keycloak-quarkus-dist directory");
        }
        Path home = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " (bin/kc.sh missing);"
                    + " run `mvn process-test-resources` to unpack it");
        }
        return home;
    }

    private static KeycloakServer start(Path home) {
        int port = freePort();
        int managementPort = freePort();
        while (managementPort == port) {
            managementPort = freePort();
        }
        Path logFile = home.resolveSibling("keycloak.log");
        prepareDataDirectory(home);

        // Run kc.sh through sh: the dependency plugin may unpack the zip without the executable bit.
        ProcessBuilder builder = new ProcessBuilder(
                "/bin/sh", home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                // Pins iss to 127.0.0.1 even if a test reaches Keycloak under another host name.
                "--hostname=http://127.0.0.1:" + port,
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        // KC_* or JAVA_OPTS from the developer's shell would silently change the server under test.
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.equals("JAVA_OPTS"));
        // Keycloak runs on the same JDK as the tests (the Temurin 25 toolchain of the build).
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");

        long startedAt = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch " + home.resolve("bin/kc.sh"), e);
        }
        KeycloakServer server = new KeycloakServer("http://127.0.0.1:" + port, logFile);
        try {
            awaitReady(process, server);
        } catch (RuntimeException | Error e) {
            stop(process);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-test-server-stop"));
        LOG.log(System.Logger.Level.INFO, "Keycloak ready at {0} after {1} ms (log: {2})",
                server.baseUrl, Duration.ofNanos(System.nanoTime() - startedAt).toMillis(), logFile);
        return server;
    }

    /**
     * Wipes {@code <home>/data} (runtime state only: imports, transaction logs, H2 files of runs without
     * dev-mem) so that nothing from an earlier, possibly killed, run leaks in, then stages the realm files.
     */
    private static void prepareDataDirectory(Path home) {
        Path dataDir = home.resolve("data");
        Path importDir = dataDir.resolve("import");
        try {
            deleteRecursively(dataDir);
            Files.createDirectories(importDir);
            ClassLoader loader = KeycloakServer.class.getClassLoader();
            for (String resource : REALM_FILES) {
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Realm file " + resource + " is not on the test classpath");
                    }
                    Path target = importDir.resolve(Path.of(resource).getFileName().toString());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak data directory " + dataDir, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free local port", e);
        }
    }

    /**
     * Polls the discovery document of {@link #READINESS_REALM}: it answers 200 only once the HTTP
     * listener is up and the realm import has finished.
     */
    private static void awaitReady(Process process, KeycloakServer server) {
        URI probe = URI.create(server.issuer(READINESS_REALM) + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        int lastStatus = -1;
        try (HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw server.failure("Keycloak exited with status " + process.exitValue() + " during startup");
                }
                try {
                    HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    lastStatus = response.statusCode();
                    if (lastStatus == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // Connection refused or reset while Keycloak boots: expected, poll again.
                }
                if (System.nanoTime() > deadline) {
                    throw server.failure("Keycloak not ready after " + STARTUP_TIMEOUT.toSeconds() + " s (last "
                            + probe + " status: " + (lastStatus < 0 ? "no connection" : lastStatus) + ")");
                }
                Thread.sleep(POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw server.failure("Interrupted while waiting for Keycloak");
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + "; last lines of " + logFile + ":\n" + logTail());
    }

    private String logTail() {
        if (!Files.exists(logFile)) {
            return "(no log written)";
        }
        try {
            // Decoded leniently: a truncated multi-byte character must not hide the actual error.
            List<String> lines = new String(Files.readAllBytes(logFile), UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /**
     * Stops kc.sh and the Keycloak JVM it forks. Descendants are collected before the parent dies,
     * because an orphaned Keycloak JVM would no longer be reachable through {@link Process#descendants()}.
     */
    private static void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy); // SIGTERM: Keycloak shuts down cleanly within a few seconds
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        try {
            for (ProcessHandle handle : tree) {
                awaitExit(handle, Math.max(deadline - System.nanoTime(), 0));
            }
        } catch (TimeoutException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void awaitExit(ProcessHandle handle, long timeoutNanos)
            throws TimeoutException, InterruptedException {
        try {
            handle.onExit().get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            // onExit() never completes exceptionally; this would be a JDK bug worth seeing.
            throw new IllegalStateException("Waiting for process " + handle.pid() + " failed", e);
        }
    }
}
