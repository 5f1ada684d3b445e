package org.policymonitor.measure.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for the reason of a withdrawal (required, at most 2,000 characters) and confirms it; on My measures, in the
 * editor and on where a submission stands.
 */
public class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    public WithdrawDialog(String title, Consumer<String> withdraw) {
        setHeaderTitle(getTranslation("measure.withdraw.header"));
        reason.setLabel(getTranslation("measure.withdraw.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        CharacterCounter reasonLength = new CharacterCounter(reason, 2000, false, this::getTranslation);
        confirm.setText(getTranslation("measure.withdraw.confirm"));
        confirm.addClickListener(e -> {
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
        add(new Span(getTranslation("measure.withdraw.textOf", title)), reason);
        getFooter().add(cancel, confirm);
    }
}
