package eu.dogana.security.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentKeysTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RecentKeys recent = new RecentKeys(Duration.ofSeconds(10), now::get);

    @Test
    void remembersAKeyForItsTimeToLiveOnly() {
        ApiKey key = key("key_1");
        recent.remember("hash-1", key);
        assertThat(recent.find("hash-1")).contains(key);
        now.addAndGet(Duration.ofSeconds(10).toNanos() - 1);
        assertThat(recent.find("hash-1")).contains(key);
        now.addAndGet(1);
        assertThat(recent.find("hash-1")).isEmpty();
        assertThat(recent.find("hash-2")).isEmpty();
    }

    @Test
    void forgetsEverythingAfterARevocation() {
        recent.remember("hash-1", key("key_1"));
        recent.remember("hash-2", key("key_2"));
        recent.forgetAll();
        assertThat(recent.find("hash-1")).isEmpty();
        assertThat(recent.find("hash-2")).isEmpty();
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        RecentKeys off = new RecentKeys(Duration.ZERO, now::get);
        off.remember("hash-1", key("key_1"));
        assertThat(off.find("hash-1")).isEmpty();
    }

    @Test
    void staysBoundedWhateverIsRemembered() {
        for (int i = 0; i <= RecentKeys.MAX_KEYS; i++) {
            recent.remember("hash-" + i, key("key_" + i));
        }
        // full at MAX_KEYS: the map started afresh with the last one
        assertThat(recent.find("hash-0")).isEmpty();
        assertThat(recent.find("hash-" + RecentKeys.MAX_KEYS)).isPresent();
    }

    private static ApiKey key(String id) {
        return new ApiKey(id, "test", "acme", Set.of(Role.CALLER), Optional.empty(), Set.of(), Instant.EPOCH, "operator",
                Optional.empty(), Optional.empty());
    }
}
