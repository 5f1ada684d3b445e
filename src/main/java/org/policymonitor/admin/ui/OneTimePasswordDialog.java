package org.policymonitor.admin.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.policymonitor.security.IssuedPassword;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a one-time password once, for the administrator to hand over; it is not stored anywhere. */
class OneTimePasswordDialog extends Dialog {

    final TextField password = new TextField();

    OneTimePasswordDialog(IssuedPassword issued) {
        setHeaderTitle(getTranslation("admin.password.title", issued.user().username()));
        password.setLabel(getTranslation("admin.password.label"));
        password.setValue(issued.oneTimePassword());
        password.setReadOnly(true);
        password.setWidthFull();
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneOffset.UTC).format(issued.expiresAt());
        add(new Paragraph(getTranslation("admin.password.explain", until)), password);
        getFooter().add(new Button(getTranslation("admin.close"), e -> close()));
    }
}
