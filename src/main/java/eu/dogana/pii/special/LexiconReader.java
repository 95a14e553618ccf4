package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one lexicon file. The format, meant to be read and edited by a DPO:
 * <pre>
 * # a comment; blank lines are ignored
 * Diabetes                  one term, default weight {@value #DEFAULT_WEIGHT}
 * HIV-positiv               a phrase: words are matched in order, after stemming and accent folding
 * Krankenhaus | 0.3         a weak term: weight in [0, 1]
 * Great Depression | 0      a mask: never reported, hides any match inside it
 * </pre>
 * A {@code #} starts a comment anywhere on a line. Terms with a weight below
 * {@link SpecialCategoryDetector#WEAK_BELOW} are weak: reported only beside a stronger term of the same category.
 */
final class LexiconReader {

    static final double DEFAULT_WEIGHT = 0.75;

    private LexiconReader() {
    }

    /**
     * @param fileName the name used in errors and entry locations, e.g. {@code de/health.txt}
     * @throws LexiconException on the first malformed line, naming {@code fileName} and the line number
     */
    static List<LexiconEntry> read(String fileName, EntityType type, BufferedReader reader) throws IOException {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(type, "type is null");
        List<LexiconEntry> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String location = fileName + ":" + lineNumber;
            int bar = content.indexOf('|');
            String phrase = bar >= 0 ? content.substring(0, bar).strip() : content;
            double weight = DEFAULT_WEIGHT;
            if (bar >= 0) {
                String weightText = content.substring(bar + 1).strip();
                if (weightText.indexOf('|') >= 0) {
                    throw new LexiconException(location + ": expected 'term' or 'term | weight'; got more than one '|'");
                }
                weight = parseWeight(location, weightText);
            }
            if (phrase.isEmpty()) {
                throw new LexiconException(location + ": empty term before '|'");
            }
            entries.add(new LexiconEntry(type, phrase, weight, location));
        }
        return entries;
    }

    private static double parseWeight(String location, String text) {
        double weight;
        try {
            weight = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new LexiconException(location + ": weight must be a number in [0, 1]; got: '" + text + "'");
        }
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new LexiconException(location + ": weight must be a number in [0, 1]; got: '" + text + "'");
        }
        return weight;
    }
}
