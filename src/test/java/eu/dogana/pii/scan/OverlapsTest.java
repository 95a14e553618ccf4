package eu.dogana.pii.scan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapsTest {

    @Test
    void theBetterOfTwoOverlappingValuesWinsAndTopicsAreResolvedApart() {
        Finding iban = new Finding(EntityType.IBAN_CODE, 10, 32, 0.95, "iban");
        Finding phone = new Finding(EntityType.PHONE_NUMBER, 20, 30, 0.7, "phone");
        Finding health = new Finding(EntityType.HEALTH, 12, 20, 0.8, "special-categories");
        Finding email = new Finding(EntityType.EMAIL_ADDRESS, 40, 50, 0.85, "email");

        assertThat(Overlaps.resolve(List.of(phone, email, health, iban))).containsExactly(iban, health, email);
    }

    /** Same result as the plain rule (keep each finding, best first, that overlaps none kept) on random findings. */
    @Test
    void agreesWithThePlainRuleInAnyInputOrder() {
        Random random = new Random(5);
        EntityType[] types = {EntityType.PERSON, EntityType.PHONE_NUMBER, EntityType.IBAN_CODE, EntityType.HEALTH,
                EntityType.RELIGION};
        for (int round = 0; round < 300; round++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(80); i > 0; i--) {
                int start = random.nextInt(200);
                findings.add(new Finding(types[random.nextInt(types.length)], start, start + 1 + random.nextInt(15),
                        random.nextInt(5) / 4.0, "d" + random.nextInt(3)));
            }
            List<Finding> expected = plainRule(findings);
            Collections.shuffle(findings, random);
            assertThat(Overlaps.resolve(findings)).isEqualTo(expected);
        }
    }

    /** The precedence rule as documented, composed from the JDK's comparators, against which the written one is checked. */
    private static final Comparator<Finding> DOCUMENTED_PRECEDENCE = Comparator.comparingDouble(Finding::score)
            .reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparingInt(Finding::start)
            .thenComparing(Finding::type)
            .thenComparing(Finding::detector);

    @Test
    void writtenOrdersAgreeWithTheirDocumentedComposition() {
        Comparator<Finding> documentedPosition = Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::type);
        Random random = new Random(11);
        EntityType[] types = EntityType.values();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int start = random.nextInt(20);
            findings.add(new Finding(types[random.nextInt(types.length)], start, start + 1 + random.nextInt(4),
                    random.nextInt(3) / 2.0, "d" + random.nextInt(3)));
        }
        for (Finding a : findings) {
            for (Finding b : findings) {
                assertThat(Integer.signum(Overlaps.comparePrecedence(a, b)))
                        .isEqualTo(Integer.signum(DOCUMENTED_PRECEDENCE.compare(a, b)));
                assertThat(Integer.signum(Overlaps.BY_POSITION.compare(a, b)))
                        .isEqualTo(Integer.signum(documentedPosition.compare(a, b)));
            }
        }
    }

    private static List<Finding> plainRule(List<Finding> findings) {
        List<Finding> ranked = new ArrayList<>(findings);
        ranked.sort(DOCUMENTED_PRECEDENCE);
        List<Finding> kept = new ArrayList<>();
        for (Finding candidate : ranked) {
            boolean free = kept.stream().noneMatch(k -> k.overlaps(candidate)
                    && k.type().isSpecialCategory() == candidate.type().isSpecialCategory());
            if (free) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::type)
                .thenComparing(f -> f.type().isSpecialCategory()));
        return kept;
    }
}
