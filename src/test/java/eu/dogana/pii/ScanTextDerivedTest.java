package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ScanTextDerivedTest {

    @Test
    void computesOncePerKeyAndText() {
        Object key = new Object();
        AtomicInteger calls = new AtomicInteger();
        ScanText text = new ScanText("BSN 111222333");
        Function<ScanText, String> describe = t -> "words:" + t.wordCount() + "#" + calls.incrementAndGet();
        String first = text.derived(key, describe);
        String second = text.derived(key, describe);
        assertThat(first).isEqualTo("words:2#1").isSameAs(second);
        assertThat(calls).hasValue(1);
        String fresh = new ScanText("BSN 111222333").derived(key, t -> "fresh");
        assertThat(fresh).isEqualTo("fresh");
    }

    @Test
    void keepsManyKeysApart() {
        ScanText text = new ScanText("x");
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Object key = new Object();
            keys.add(key);
            int value = i;
            Integer computed = text.derived(key, t -> value);
            assertThat(computed).isEqualTo(i);
        }
        for (int i = 0; i < keys.size(); i++) {
            Integer kept = text.derived(keys.get(i), t -> -1);
            assertThat(kept).isEqualTo(i);
        }
    }
}
