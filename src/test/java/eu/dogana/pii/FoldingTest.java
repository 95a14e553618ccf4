package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsCaseAccentsAndSharpS() {
        assertThat(Folding.fold("GEBURTSDÁTUM")).isEqualTo("geburtsdatum");
        assertThat(Folding.fold("Straße")).isEqualTo("strasse");
        assertThat(Folding.fold("e\u0301te\u0301")).isEqualTo("ete");
        assertThat(Folding.fold("Łódź")).isEqualTo("łodz");
    }

    /** The table path gives what the general path gives, on every Latin character and on words made of them. */
    @Test
    void theTableAgreesWithTheGeneralFold() {
        char[] out = new char[64];
        for (char c = 0; c < 0x250; c++) {
            String word = String.valueOf(c);
            int end = Folding.foldInto(word, 0, 1, out, 0);
            if (end >= 0) {
                assertThat(new String(out, 0, end)).as("U+%04X", (int) c).isEqualTo(Folding.fold(word));
            }
        }
        Random random = new Random(7);
        String letters = "aAzZßøØłŁœŒæÆđĐħıĳŉſǆǅǄàÀéÉîÎõÕüÜçÇñÑšŠžŽčČřŘőŐűŰąĄęĘ";
        for (int i = 0; i < 10_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            int end = Folding.foldInto(word, 0, word.length(), out, 0);
            if (end >= 0) {
                assertThat(new String(out, 0, end)).as(word.toString()).isEqualTo(Folding.fold(word));
            }
        }
    }

    @Test
    void declinesWhatTheTableDoesNotCover() {
        char[] out = new char[16];
        assertThat(Folding.foldInto("Ελλάδα", 0, 6, out, 0)).isEqualTo(-1);
        assertThat(Folding.foldInto("e\u0301", 0, 2, out, 0)).isEqualTo(-1);
        assertThat(Folding.foldInto("Groß", 0, 4, out, 3)).isEqualTo(8);
        assertThat(new String(out, 3, 5)).isEqualTo("gross");
    }
}
