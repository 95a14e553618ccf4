package eu.dogana.pii.eval;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.scan.DefaultDetectors;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.scan.ScanOptions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus check: the shipped detectors on the labelled multilingual corpus, at the gateway's default score
 * threshold. A change that lowers precision or recall below the floors fails the build; the full table is printed
 * by {@code bench/pii-accuracy.sh}.
 */
class PiiAccuracyTest {

    static final double THRESHOLD = 0.5;
    private static Scorecard card;

    @BeforeAll
    static void score() {
        card = score(Corpus.load(10, 42));
    }

    static Scorecard score(List<LabelledText> corpus) {
        PiiScanner scanner = new PiiScanner(DefaultDetectors.all());
        Scorecard scorecard = new Scorecard(corpus);
        ScanOptions options = new ScanOptions(Set.of(), THRESHOLD);
        for (LabelledText text : corpus) {
            scorecard.add(text, scanner.scan(text.text(), options));
        }
        return scorecard;
    }

    @Test
    void structuredIdentifiersAreFoundAlmostAlways() {
        for (EntityType type : List.of(EntityType.EMAIL_ADDRESS, EntityType.IBAN_CODE, EntityType.CREDIT_CARD,
                EntityType.IP_ADDRESS, EntityType.PHONE_NUMBER)) {
            assertThat(card.of(type).recall()).as("recall of %s%n%s", type, card.table()).isGreaterThanOrEqualTo(0.95);
            assertThat(card.of(type).precision()).as("precision of %s%n%s", type, card.table()).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void nationalIdentifiersAreFound() {
        for (EntityType type : List.of(EntityType.IT_FISCAL_CODE, EntityType.ES_NIF, EntityType.NL_BSN,
                EntityType.PL_PESEL, EntityType.PT_NIF, EntityType.FR_NIR, EntityType.IE_PPSN)) {
            assertThat(card.of(type).recall()).as("recall of %s%n%s", type, card.table()).isGreaterThanOrEqualTo(0.9);
            assertThat(card.of(type).precision()).as("precision of %s%n%s", type, card.table()).isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void namesAreFoundWithFewFalseAlarms() {
        assertThat(card.of(EntityType.PERSON).recall()).as("%s", card.table()).isGreaterThanOrEqualTo(0.95);
        assertThat(card.of(EntityType.PERSON).precision()).as("%s", card.table()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void overall() {
        assertThat(card.total().f1()).as("%s%n%s", card.table(), String.join("\n", card.misses()))
                .isGreaterThanOrEqualTo(0.97);
    }
}
