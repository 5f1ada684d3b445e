package org.policymonitor.measure.ui;

import java.time.ZoneId;

import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureStatus;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/** Above the form of a returned measure: who returned it, when, and the reviewer's reason, as written. */
class StatusReason extends Composite<Div> {

    StatusReason() {
        getContent().setId("status-reason");
        getContent().getElement().setAttribute("role", "status");
        getContent().addClassName("editor-status-reason");
        setVisible(false);
    }

    void show(MeasureDetails details, FieldValues values, ZoneId zone) {
        boolean returned = details != null && details.status() == MeasureStatus.RETURNED
                && details.statusReason() != null;
        setVisible(returned);
        getContent().setText(returned ? getTranslation("measure.editor.returnedBecause", details.statusChangedBy(),
                values.dateTime(details.statusChangedAt(), zone), details.statusReason()) : "");
    }
}
