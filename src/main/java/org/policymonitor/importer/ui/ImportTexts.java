package org.policymonitor.importer.ui;

import org.policymonitor.importer.ImportIssue;

import com.vaadin.flow.component.Component;

/** How an import issue reads in the user's language: its message, then the text concerned. */
final class ImportTexts {

    private ImportTexts() {
    }

    static String describe(Component in, ImportIssue issue) {
        String message = in.getTranslation(issue.messageKey());
        return issue.detail() == null || issue.detail().isBlank() ? message : message + " « " + issue.detail() + " »";
    }
}
