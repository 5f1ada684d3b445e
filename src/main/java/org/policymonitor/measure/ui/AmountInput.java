package org.policymonitor.measure.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiFunction;

import org.policymonitor.measure.StrictAmount;

import com.vaadin.flow.component.textfield.TextField;

/**
 * The budget in US dollars as a text field read by {@link StrictAmount} on every change. A text that is not
 * exactly one amount stays in the field as typed, with the reason beside it, and the last valid amount is
 * kept: nothing the user typed is replaced or lost, and no half-read number is saved.
 */
final class AmountInput {

    private final TextField field;
    private final Locale locale;
    private final BiFunction<String, Object[], String> translate;
    private BigDecimal lastValid;
    private StrictAmount.Reading reading = new StrictAmount.Empty();

    AmountInput(TextField field, Locale locale, BiFunction<String, Object[], String> translate) {
        this.field = field;
        this.locale = locale;
        this.translate = translate;
        field.addValueChangeListener(e -> read());
    }

    /** Shows an amount loaded from the database. */
    void setAmount(BigDecimal amount) {
        lastValid = amount;
        field.setValue(StrictAmount.format(amount));
        read();
    }

    /** The amount the field last held validly (null when empty); what a save sends. */
    BigDecimal amount() {
        return lastValid;
    }

    boolean isRefused() {
        return reading instanceof StrictAmount.Refused;
    }

    /** The message beside the field while its text is refused, else null. */
    String message() {
        return reading instanceof StrictAmount.Refused refused
                ? translate.apply(refused.messageKey(), new Object[] {refused.argument()}) : null;
    }

    /** Marks the field when its input is refused; returns whether it did. */
    boolean show() {
        return InputChecks.mark(field, message());
    }

    private void read() {
        reading = StrictAmount.read(field.getValue(), locale);
        switch (reading) {
            case StrictAmount.Amount amount -> lastValid = amount.value();
            case StrictAmount.Empty empty -> lastValid = null;
            case StrictAmount.Refused refused -> {
                // keep the last valid amount: the text is refused, not read
            }
        }
    }
}
