package eu.dogana.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one detector over a text and checks the contract every detector owes: findings inside the text, of the
 * detector's own id and declared types, and the same findings on a second run over a fresh {@link ScanText} (no
 * state carried between scans).
 */
public final class DetectorHarness {

    private final Detector detector;

    public DetectorHarness(Detector detector) {
        this.detector = detector;
    }

    public List<Finding> scan(String text) {
        List<Finding> first = run(text);
        for (Finding finding : first) {
            assertThat(finding.end()).as("end of %s", finding).isLessThanOrEqualTo(text.length());
            assertThat(finding.detector()).isEqualTo(detector.id());
            assertThat(detector.types()).contains(finding.type());
        }
        assertThat(run(text)).as("a second scan of the same text").isEqualTo(first);
        return first;
    }

    /** The values found, cut from the text, in the order found. */
    public List<String> values(String text) {
        return scan(text).stream().map(finding -> finding.valueIn(text)).toList();
    }

    /** The single finding in {@code text}; fails when there is not exactly one. */
    public Finding single(String text) {
        List<Finding> found = scan(text);
        assertThat(found).as("findings in \"%s\"", text).hasSize(1);
        return found.get(0);
    }

    /** Asserts that {@code value} is found exactly once in {@code text}, at its first occurrence, and returns it. */
    public Finding assertFinds(String text, String value) {
        Finding finding = single(text);
        int start = text.indexOf(value);
        assertThat(start).as("test value must occur in the text").isGreaterThanOrEqualTo(0);
        assertThat(finding.start()).as("start of \"%s\" in \"%s\"", value, text).isEqualTo(start);
        assertThat(finding.end()).as("end of \"%s\" in \"%s\"", value, text).isEqualTo(start + value.length());
        return finding;
    }

    public void assertFindsNothing(String text) {
        assertThat(scan(text)).as("findings in \"%s\"", text).isEmpty();
    }

    private List<Finding> run(String text) {
        List<Finding> found = new ArrayList<>();
        detector.detect(new ScanText(text), found::add);
        return found;
    }
}
