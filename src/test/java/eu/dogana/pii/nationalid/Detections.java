package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.Detector;
import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;

/** Runs one detector over a text and checks what it found, span by span. */
final class Detections {

    private Detections() {
    }

    static List<Finding> run(Detector detector, String text) {
        List<Finding> found = new ArrayList<>();
        detector.detect(new ScanText(text), found::add);
        for (Finding finding : found) {
            assertThat(finding.end()).isLessThanOrEqualTo(text.length());
            assertThat(finding.detector()).isEqualTo(detector.id());
            assertThat(detector.types()).contains(finding.type());
        }
        return found;
    }

    /** Asserts that the detector finds exactly {@code value} (its first occurrence in {@code text}) and returns it. */
    static Finding single(Detector detector, String text, String value) {
        int start = text.indexOf(value);
        assertThat(start).as("test text contains the value").isNotNegative();
        List<Finding> found = run(detector, text);
        assertThat(found).as("findings in: %s", text).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.valueIn(text)).isEqualTo(value);
        assertThat(finding.start()).isEqualTo(start);
        assertThat(finding.end()).isEqualTo(start + value.length());
        return finding;
    }

    static double score(Detector detector, String text, String value) {
        return single(detector, text, value).score();
    }

    static void none(Detector detector, String text) {
        assertThat(run(detector, text)).as("findings in: %s", text).isEmpty();
    }

    /** Every variant of {@code value} with exactly one digit replaced by another digit. */
    static List<String> singleDigitChanges(String value) {
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != c) {
                        variants.add(value.substring(0, i) + d + value.substring(i + 1));
                    }
                }
            }
        }
        return variants;
    }
}
