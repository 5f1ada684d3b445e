package org.policymonitor.measure.ui;

import java.util.List;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.MeasureField;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;

/** The line under the bar that names, by their short names, the fields still required and recommended. */
class MissingLine extends Composite<Span> {

    MissingLine() {
        getContent().addClassName("editor-missing");
    }

    void show(Completeness completeness) {
        List<String> missing = shortNames(completeness.missingRequired());
        List<String> recommended = shortNames(completeness.missingRecommended());
        StringBuilder text = new StringBuilder();
        if (!missing.isEmpty()) {
            text.append(getTranslation("measure.completeness.missing", String.join(", ", missing)));
        }
        if (!recommended.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(
                    getTranslation("measure.completeness.recommended", String.join(", ", recommended)));
        }
        getContent().setText(text.toString());
    }

    String getText() {
        return getContent().getText();
    }

    private List<String> shortNames(List<MeasureField> fields) {
        return fields.stream().map(f -> getTranslation("measure.short." + f.name())).toList();
    }
}
