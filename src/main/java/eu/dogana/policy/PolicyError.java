package eu.dogana.policy;

import static java.util.Objects.requireNonNull;

/**
 * One problem in a policy bundle.
 *
 * @param file path of the file relative to the bundle directory, with {@code /} separators
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong, never a stack trace
 */
public record PolicyError(String file, int line, int column, String message) implements Comparable<PolicyError> {

    public PolicyError {
        requireNonNull(file, "file is null");
        requireNonNull(message, "message is null");
    }

    /** {@code file:line:col: message}, the form compilers use so that editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(PolicyError other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        if (line != other.line) {
            return Integer.compare(line, other.line);
        }
        return Integer.compare(column, other.column);
    }
}
