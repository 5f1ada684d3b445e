package org.policymonitor.workflow.ui;

import org.policymonitor.workflow.SubmissionWorkflow;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A comment or reason box that counts its characters against the workflow's limit and refuses a longer text
 * with a message beside it. No client-side maximum: a browser would silently cut a long paste to it.
 */
class CommentField extends TextArea {

    private String help;

    CommentField(String label) {
        super(label);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(e -> refresh());
        refresh();
    }

    /** Help shown before the counter. */
    void setHelp(String text) {
        help = text;
        refresh();
    }

    /** Marks the field and returns false when the text is beyond the limit; the text stays as typed. */
    boolean withinLimit() {
        int length = getValue().length();
        if (length <= SubmissionWorkflow.COMMENT_MAX) {
            return true;
        }
        setErrorMessage(getTranslation("workflow.comment.tooLong", length, SubmissionWorkflow.COMMENT_MAX,
                length - SubmissionWorkflow.COMMENT_MAX));
        setInvalid(true);
        focus();
        return false;
    }

    private void refresh() {
        String count = getTranslation("workflow.comment.counter", getValue().length(), SubmissionWorkflow.COMMENT_MAX);
        setHelperText(help == null || help.isBlank() ? count : help + " · " + count);
        if (isInvalid() && getValue().length() <= SubmissionWorkflow.COMMENT_MAX) {
            setInvalid(false);
        }
    }
}
