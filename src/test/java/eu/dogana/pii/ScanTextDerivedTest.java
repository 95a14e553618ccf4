package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScanTextDerivedTest {

    @Test
    void computesOncePerKeyAndText() {
        Object key = new Object();
        AtomicInteger calls = new AtomicInteger();
        ScanText text = new ScanText("BSN 111222333");
        String first = text.derived(key, t -> "words:" + t.wordCount() + "#" + calls.incrementAndGet());
        String second = text.derived(key, t -> "words:" + t.wordCount() + "#" + calls.incrementAndGet());
        assertThat(first).isEqualTo("words:2#1").isSameAs(second);
        assertThat(calls).hasValue(1);
        assertThat(new ScanText("BSN 111222333").derived(key, t -> "fresh")).isEqualTo("fresh");
    }

    @Test
    void keepsManyKeysApart() {
        ScanText text = new ScanText("x");
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Object key = new Object();
            keys.add(key);
            int value = i;
            assertThat(text.derived(key, t -> value)).isEqualTo(i);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(text.derived(keys.get(i), t -> -1)).isEqualTo(i);
        }
    }
}
