package eu.dogana.pii.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortKeyTableTest {

    @Test
    void packsUpToEightLatin1Characters() {
        assertThat(ShortKeyTable.pack("a".toCharArray(), 1)).isEqualTo('a');
        assertThat(ShortKeyTable.pack("ab".toCharArray(), 2)).isEqualTo('a' | 'b' << 8);
        assertThat(ShortKeyTable.pack("müller".toCharArray(), 6)).isNotZero();
        assertThat(ShortKeyTable.pack("abcdefgh".toCharArray(), 8)).isNotZero();
        assertThat(ShortKeyTable.pack("abcdefgh".toCharArray(), 3)).isEqualTo(ShortKeyTable.pack("abc".toCharArray(), 3));
    }

    @Test
    void declinesLongEmptyAndWiderKeys() {
        assertThat(ShortKeyTable.pack("abcdefghi".toCharArray(), 9)).isZero();
        assertThat(ShortKeyTable.pack(new char[0], 0)).isZero();
        assertThat(ShortKeyTable.pack("łódź".toCharArray(), 4)).isZero();
        assertThat(ShortKeyTable.pack("東京".toCharArray(), 2)).isZero();
        assertThat(ShortKeyTable.pack(new char[] {'a', 0}, 2)).isZero();
    }

    @Test
    void keysThatDifferOnlyInLengthOrOrderAreDistinct() {
        ShortKeyTable table = table(Map.of("ab", 1L, "aba", 2L, "ba", 4L, "abcdefgh", 8L));
        assertThat(table.flags(pack("ab"))).isEqualTo(1L);
        assertThat(table.flags(pack("aba"))).isEqualTo(2L);
        assertThat(table.flags(pack("ba"))).isEqualTo(4L);
        assertThat(table.flags(pack("abcdefgh"))).isEqualTo(8L);
        assertThat(table.flags(pack("a"))).isZero();
        assertThat(table.flags(pack("abcdefg"))).isZero();
    }

    @Test
    void anEmptyTableFindsNothing() {
        ShortKeyTable table = table(Map.of());
        assertThat(table.size()).isZero();
        assertThat(table.flags(pack("rossi"))).isZero();
    }

    /** 20,000 random keys: each found with its flags, unpacked unchanged, and keys not put in are not found. */
    @Test
    void findsEveryKeyOfALargeTableAndNoOther() {
        Random random = new Random(3);
        Map<String, Long> keys = new HashMap<>();
        while (keys.size() < 20_000) {
            keys.put(randomKey(random), random.nextLong(1, Long.MAX_VALUE));
        }
        ShortKeyTable table = table(keys);
        assertThat(table.size()).isEqualTo(keys.size());
        keys.forEach((key, flags) -> assertThat(table.flags(pack(key))).as(key).isEqualTo(flags));
        Map<String, Long> unpacked = new HashMap<>();
        table.forEach(unpacked::put);
        assertThat(unpacked).isEqualTo(keys);
        for (int i = 0; i < 20_000; i++) {
            String other = randomKey(random);
            assertThat(table.flags(pack(other))).as(other).isEqualTo(keys.getOrDefault(other, 0L));
        }
    }

    private static String randomKey(Random random) {
        String letters = "abcdeilmnorstuüéß0 ";
        StringBuilder key = new StringBuilder();
        for (int i = random.nextInt(1, 9); i > 0; i--) {
            key.append(letters.charAt(random.nextInt(letters.length())));
        }
        return key.toString();
    }

    private static ShortKeyTable table(Map<String, Long> keys) {
        long[] packed = new long[keys.size()];
        long[] flags = new long[keys.size()];
        int k = 0;
        for (Map.Entry<String, Long> entry : keys.entrySet()) {
            packed[k] = pack(entry.getKey());
            flags[k++] = entry.getValue();
        }
        return ShortKeyTable.of(packed, flags, k);
    }

    private static long pack(String key) {
        return ShortKeyTable.pack(key.toCharArray(), key.length());
    }
}
