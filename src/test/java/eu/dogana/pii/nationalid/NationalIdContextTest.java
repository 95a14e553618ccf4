package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.ScanText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NationalIdContextTest {

    private static final List<ContextWords> SETS = List.of(
            DutchBsnDetector.CONTEXT, GermanTaxIdDetector.CONTEXT, ItalianFiscalCodeDetector.CONTEXT,
            SwedishPersonnummerDetector.CONTEXT, PassportDetector.CONTEXT);

    private static final String[] WORDS = {
        "BSN", "bsn", "sofi", "Steuer-ID", "IdNr", "TIN", "tax", "ID", "codice", "fiscale", "personnummer",
        "passport", "Reisepass", "der", "und", "1234567", "86095742719", "Straße", "ÉTÉ", "Nr.", "x"
    };

    @Test
    void answersAsScanTextHasContextDoes() {
        Random random = new Random(7);
        for (int t = 0; t < 300; t++) {
            StringBuilder sb = new StringBuilder();
            for (int w = random.nextInt(40); w >= 0; w--) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : ", ");
            }
            ScanText text = new ScanText(sb.toString());
            if (text.wordCount() == 0) {
                continue;
            }
            NationalIdContext context = new NationalIdContext(text);
            // many questions about the same text, in random order: the answers kept per word must not leak
            for (int q = 0; q < 60; q++) {
                int first = random.nextInt(text.wordCount());
                int last = Math.min(text.wordCount() - 1, first + random.nextInt(3));
                ContextWords set = SETS.get(random.nextInt(SETS.size()));
                int window = random.nextInt(8);
                boolean expected = text.hasContextAroundWord(first, text.wordEnd(last), set, window);
                assertThat(context.nearby(first, last, NationalIdContext.bitOf(set), window))
                        .as("%s: words %d-%d, window %d", text.text(), first, last, window)
                        .isEqualTo(expected);
            }
        }
    }
}
