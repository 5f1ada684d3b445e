package org.policymonitor.measure.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for the reason a measure is withdrawn (kept with the measure); withdraws only with one. */
class WithdrawDialog extends Dialog {

    WithdrawDialog(Consumer<String> withdraw) {
        setHeaderTitle(getTranslation("measure.withdraw.header"));
        TextArea reason = new TextArea(getTranslation("measure.withdraw.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        CharacterCounter reasonLength = new CharacterCounter(reason, 2000, false, this::getTranslation);
        Button confirm = new Button(getTranslation("measure.withdraw.confirm"), e -> {
            if (reasonLength.show()) {
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("measure.withdraw.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            withdraw.accept(reason.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("measure.withdraw.cancel"), e -> close());
        add(new Span(getTranslation("measure.withdraw.text")), reason);
        getFooter().add(cancel, confirm);
    }
}
