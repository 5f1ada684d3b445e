package org.policymonitor.measure.ui;

import java.util.function.BiFunction;

import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * Shows "1,234 / 50,000 characters" under a text field and says when the text is beyond its limit. The field
 * has no client-side maximum length, because a browser silently cuts a longer paste to it: the whole text
 * reaches the server, which refuses to save it until it is shortened, so nothing is ever lost or cut.
 */
final class CharacterCounter {

    private final TextFieldBase<?, String> field;
    private final int limit;
    private final boolean perLine;
    private final String help;
    private final BiFunction<String, Object[], String> translate;

    /** {@code perLine}: the limit holds for each line (one agency per line), not for the whole text. */
    CharacterCounter(TextFieldBase<?, String> field, int limit, boolean perLine,
            BiFunction<String, Object[], String> translate) {
        this.field = field;
        this.limit = limit;
        this.perLine = perLine;
        this.help = field.getHelperText();
        this.translate = translate;
        field.addValueChangeListener(e -> refresh());
        refresh();
    }

    int length() {
        String value = field.getValue() == null ? "" : field.getValue();
        return perLine ? value.lines().mapToInt(String::length).max().orElse(0) : value.length();
    }

    boolean isOverLimit() {
        return length() > limit;
    }

    /** The message beside the field while the text is beyond its limit, else null. */
    String message() {
        int length = length();
        return length > limit ? translate.apply(perLine ? "measure.validation.lineTooLongBy"
                : "measure.validation.tooLongBy", new Object[] {length, limit, length - limit}) : null;
    }

    /** Marks the field when its input is refused; returns whether it did. */
    boolean show() {
        return InputChecks.mark(field, message());
    }

    private void refresh() {
        String count = translate.apply(perLine ? "measure.editor.counterLine" : "measure.editor.counter",
                new Object[] {length(), limit});
        field.setHelperText(help == null || help.isBlank() ? count : help + " · " + count);
    }
}
