package eu.dogana.gateway.presidio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The conversions agree with String's own, walking ones, on every offset, lone surrogates included. */
class CodePointOffsetsTest {

    @Test
    void agreesWithStringOnEveryOffset() {
        Random random = new Random(11);
        // a pair, its halves alone or swapped, another lone surrogate, and one- and two-byte chars
        String[] alphabet = {"\uD83D\uDE00", "\uD83D\uDE00", "a", "é", " ", "\uD83D", "\uDE00", "\uD800", "\uDFFF"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            CodePointOffsets offsets = CodePointOffsets.of(s);
            assertThat(offsets.codePointLength()).as(s).isEqualTo(s.codePointCount(0, s.length()));
            for (int i = 0; i <= s.length(); i++) {
                assertThat(offsets.toCodePoints(i)).as("%s at %d", s, i).isEqualTo(s.codePointCount(0, i));
            }
            for (int cp = 0; cp <= offsets.codePointLength(); cp++) {
                assertThat(offsets.toUtf16(cp)).as("%s at code point %d", s, cp).isEqualTo(s.offsetByCodePoints(0, cp));
            }
        }
    }

    @Test
    void aTextWithoutSurrogatesIsTakenAsItIs() {
        CodePointOffsets offsets = CodePointOffsets.of("plain ascii and àccents");
        assertThat(offsets.codePointLength()).isEqualTo(23);
        assertThat(offsets.toCodePoints(17)).isEqualTo(17);
        assertThat(offsets.toUtf16(17)).isEqualTo(17);
    }
}
