package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Objects a scan borrows and gives back, so that their buffers and remembered words outlive one scan.
 *
 * <p>Why not a thread-local: the gateway scans on a new virtual thread per request, so a per-thread object would be
 * built afresh on every scan. Why not a {@code ConcurrentLinkedQueue}: it allocates a node on every give-back. A
 * fixed array of slots, taken and filled by compare-and-set, allocates nothing; it holds a few objects per core,
 * which is as many scans as can run at once, and drops what comes back to a full pool.
 *
 * <p>Thread-safe.
 */
final class IdlePool<T> {

    private final AtomicReferenceArray<T> slots;
    private final Supplier<T> factory;

    IdlePool(Supplier<T> factory) {
        this.factory = requireNonNull(factory, "factory is null");
        this.slots = new AtomicReferenceArray<>(2 * Runtime.getRuntime().availableProcessors());
    }

    /** An idle object, or a new one when none is idle. */
    T borrow() {
        for (int i = 0; i < slots.length(); i++) {
            T idle = slots.getPlain(i);
            if (idle != null && slots.compareAndSet(i, idle, null)) {
                return idle;
            }
        }
        return factory.get();
    }

    /** Gives {@code object} back for another scan; it must no longer be used by the caller. */
    void giveBack(T object) {
        for (int i = 0; i < slots.length(); i++) {
            if (slots.getPlain(i) == null && slots.compareAndSet(i, null, object)) {
                return;
            }
        }
    }
}
