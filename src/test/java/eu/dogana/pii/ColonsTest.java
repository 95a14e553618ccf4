package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColonsTest {

    @Test
    void textsWithoutColonsAnswerTheirLength() {
        assertThat(Colons.of(new ScanText("")).next(0)).isZero();
        assertThat(Colons.of(new ScanText("no colon here")).next(0)).isEqualTo(13);
    }

    @Test
    void nextIsTheFirstColonAtOrAfter() {
        Colons colons = Colons.of(new ScanText(":a::b:"));
        assertThat(colons.next(0)).isZero();
        assertThat(colons.next(1)).isEqualTo(2);
        assertThat(colons.next(3)).isEqualTo(3);
        assertThat(colons.next(4)).isEqualTo(5);
        assertThat(colons.next(6)).isEqualTo(6);
    }

    @Test
    void sharedPerText() {
        ScanText scan = new ScanText("IPv6: fe80::1");
        assertThat(Colons.of(scan)).isSameAs(Colons.of(scan));
    }

    /** Against {@link String#indexOf}, asked from every position, in and out of order, of random texts. */
    @Test
    void agreesWithIndexOf() {
        Random random = new Random(42);
        char[] alphabet = {':', 'a', ' ', '1', 'é', ':'};
        for (int round = 0; round < 500; round++) {
            char[] chars = new char[random.nextInt(80)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'x';
            }
            String text = new String(chars);
            Colons colons = Colons.of(new ScanText(text));
            for (int k = 0; k < 2 * chars.length + 2; k++) {
                int from = k <= text.length() ? k : random.nextInt(text.length() + 1);
                int expected = text.indexOf(':', from);
                assertThat(colons.next(from)).as("%s from %d", text, from)
                        .isEqualTo(expected < 0 ? text.length() : expected);
            }
        }
    }
}
