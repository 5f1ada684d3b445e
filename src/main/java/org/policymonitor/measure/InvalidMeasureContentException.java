package org.policymonitor.measure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A save refused because the content cannot be stored as it is (see {@link Completeness#storageProblems}):
 * nothing was written. Each problem names its field (null for the content as a whole) and a message key of
 * the measure bundle.
 */
public class InvalidMeasureContentException extends RuntimeException {

    private final transient List<Completeness.Problem> problems;

    public InvalidMeasureContentException(List<Completeness.Problem> problems) {
        super("Content refused: " + problems.stream().map(p -> p.field() + " " + p.messageKey())
                .collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<Completeness.Problem> problems() {
        return problems;
    }
}
