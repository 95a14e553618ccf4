package eu.dogana.pii.scan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.PatternDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PiiScannerTest {

    // the URL scores higher and is longer than the e-mail address inside it, so it wins the overlap
    private static final String TEXT = "See https://example.com/contact?to=info@acme.eu today";
    private final PiiScanner scanner = new PiiScanner(List.of(
            new PatternDetector(EntityType.URL, Pattern.compile("https://\\S+"), 0.95), PatternDetector.emails(0.9)));

    @Test
    void anAllowedFindingIsDroppedBeforeOverlapsSoTheOneItOverlappedIsReported() {
        assertThat(scanner.scan(TEXT)).extracting(Finding::type).containsExactly(EntityType.URL);

        List<Finding> found = scanner.scan(TEXT, ScanOptions.ALL.withAllowed(value -> value.contains("example.com")));

        assertThat(found).extracting(Finding::type).containsExactly(EntityType.EMAIL_ADDRESS);
        assertThat(found.getFirst().valueIn(TEXT)).isEqualTo("info@acme.eu");
    }

    @Test
    void theAllowListSeesOnlyWantedFindingsAndKeepsTheOtherOptions() {
        ScanOptions emailsAbove = new ScanOptions(Set.of(EntityType.EMAIL_ADDRESS), 0.5);
        List<String> tested = new ArrayList<>();

        List<Finding> found = scanner.scan(TEXT, emailsAbove.withAllowed(value -> {
            tested.add(value);
            return false;
        }));

        assertThat(found).extracting(Finding::type).containsExactly(EntityType.EMAIL_ADDRESS);
        assertThat(tested).containsExactly("info@acme.eu");
        tested.clear();
        assertThat(scanner.scan(TEXT, new ScanOptions(Set.of(), 0.92).withAllowed(value -> {
            tested.add(value);
            return value.contains("acme");
        }))).isEmpty();
        assertThat(tested).containsExactly("https://example.com/contact?to=info@acme.eu"); // not the e-mail: below 0.92
    }

    @Test
    void withoutAnAllowListNothingIsAllowed() {
        assertThat(ScanOptions.ALL.allowsAny()).isFalse();
        assertThat(new ScanOptions(Set.of(), 0.5).allowed()).isSameAs(ScanOptions.NOTHING_ALLOWED);
        assertThat(ScanOptions.ALL.withAllowed(value -> true).allowsAny()).isTrue();
    }
}
