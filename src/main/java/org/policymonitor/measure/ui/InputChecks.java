package org.policymonitor.measure.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.shared.HasValidationProperties;

/**
 * The editor's checks of what was typed, before anything is sent to the service: texts within their limits
 * ({@link CharacterCounter}) and an amount that is one number ({@link AmountInput}). While one fails, the
 * form cannot be saved, the field says why, and every value stays in the form as typed.
 */
final class InputChecks {

    private final List<CharacterCounter> counters = new ArrayList<>();
    private final AmountInput amount;

    InputChecks(AmountInput amount) {
        this.amount = amount;
    }

    CharacterCounter add(CharacterCounter counter) {
        counters.add(counter);
        return counter;
    }

    boolean allPass() {
        return !amount.isRefused() && counters.stream().noneMatch(CharacterCounter::isOverLimit);
    }

    /** Marks every field whose input is refused; returns how many there are. */
    int show() {
        int refused = amount.show() ? 1 : 0;
        for (CharacterCounter counter : counters) {
            refused += counter.show() ? 1 : 0;
        }
        return refused;
    }

    /** Shows the message beside the field, when there is one; returns whether there was. */
    static boolean mark(HasValidationProperties field, String message) {
        if (message != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        return message != null;
    }

    /** The first refusal's message, or null when all pass. */
    String firstMessage() {
        if (amount.isRefused()) {
            return amount.message();
        }
        return counters.stream().map(CharacterCounter::message).filter(m -> m != null).findFirst().orElse(null);
    }
}
