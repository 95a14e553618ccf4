package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reloads the bundle when files in its directory change. Editors write a file in several steps (truncate, write,
 * rename), and a deploy may touch several files: changes are debounced, so one reload happens after the directory
 * has been quiet for the debounce period. Runs one daemon thread until {@link #close()}.
 */
public final class PolicyDirectoryWatcher implements AutoCloseable {

    private final PolicyBundles bundles;
    private final Duration debounce;
    private final Consumer<PolicyBundles.Reload> listener;
    private final WatchService watcher;
    private final Thread thread;

    /**
     * Starts watching {@code bundles.directory()} and its subdirectories.
     *
     * @param listener told of every reload, applied or refused (for logs and metrics); called on the watcher thread
     */
    public PolicyDirectoryWatcher(PolicyBundles bundles, Duration debounce, Consumer<PolicyBundles.Reload> listener)
            throws IOException {
        this.bundles = requireNonNull(bundles, "bundles is null");
        this.debounce = requireNonNull(debounce, "debounce is null");
        this.listener = requireNonNull(listener, "listener is null");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must be >= 0; got: " + debounce);
        }
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(bundles.directory());
        this.thread = new Thread(this::run, "dogana-policy-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // Debounce: keep absorbing events until the directory is quiet for a full period.
                WatchKey more;
                while ((more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    // New subdirectories need registering too; registering twice is harmless.
                    registerTree(bundles.directory());
                } catch (IOException e) {
                    // The directory may be mid-replacement; the reload below reports what it finds.
                }
                listener.accept(bundles.reload());
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop.
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
