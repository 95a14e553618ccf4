package eu.dogana.policy;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** One file of a bundle being loaded: its name and lines, and the errors found in it. */
final class SourceFile {

    private final String name;
    private final String[] lines;
    private final List<PolicyError> errors;

    SourceFile(String name, String content, List<PolicyError> errors) {
        this.name = name;
        this.lines = content.split("\n", -1);
        this.errors = errors;
    }

    String name() {
        return name;
    }

    /** A 1-based line of the file, or "" past its end. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    void error(Node at, String message) {
        error(at.getStartMark(), message);
    }

    void error(Mark mark, String message) {
        // snakeyaml counts from 0; editors and compilers from 1.
        error(mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    void error(int line, int column, String message) {
        errors.add(new PolicyError(name, line, column, message));
    }

    String location(Node node) {
        return name + ":" + (node.getStartMark().getLine() + 1) + ":" + (node.getStartMark().getColumn() + 1);
    }

    static List<PolicyError> newErrorList() {
        return new ArrayList<>();
    }
}
