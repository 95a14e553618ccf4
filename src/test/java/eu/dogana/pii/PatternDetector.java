package eu.dogana.pii;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in detector for tests of what is done with findings: every match of {@code pattern} is a finding of
 * {@code type} with {@code score}. The real detectors are tested in their own packages.
 */
public record PatternDetector(EntityType type, Pattern pattern, double score) implements Detector {

    /** E-mail addresses the simple way. */
    public static PatternDetector emails(double score) {
        return new PatternDetector(EntityType.EMAIL_ADDRESS, Pattern.compile("[\\w.]+@[\\w.]+\\.[a-z]+"), score);
    }

    /** Each of {@code values}, written exactly so. */
    public static PatternDetector exactly(EntityType type, String... values) {
        StringBuilder alternatives = new StringBuilder();
        for (String value : values) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(value));
        }
        return new PatternDetector(type, Pattern.compile(alternatives.toString()), 1.0);
    }

    @Override
    public String id() {
        return "test-" + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(type);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            sink.add(new Finding(type, m.start(), m.end(), score, id()));
        }
    }
}
