package org.policymonitor.importer;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the import of one record did: the encoding it was read with, the {@link ParsedMeasure} components it
 * filled (in form order), and every issue met on the way.
 */
public record ImportReport(String sourceName, String encoding, Set<String> filledFields, List<ImportIssue> issues) {

    public ImportReport {
        filledFields = Collections.unmodifiableSet(new LinkedHashSet<>(filledFields));
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(issue -> issue.severity() == ImportIssue.Severity.ERROR);
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(issue -> issue.severity() == ImportIssue.Severity.ERROR).toList();
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(issue -> issue.severity() == ImportIssue.Severity.WARNING).toList();
    }

    public List<ImportIssue> issuesWithKey(String messageKey) {
        return issues.stream().filter(issue -> issue.messageKey().equals(messageKey)).toList();
    }
}
