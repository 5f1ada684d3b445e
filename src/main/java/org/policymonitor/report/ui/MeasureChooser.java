package org.policymonitor.report.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.policymonitor.report.ReportMeasure;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The measures section (a checkbox per measure of the Party and cycle, with its status: only published ones can
 * be sent) and the civil-society section (each contribution accepted into the report or returned with a reason).
 */
final class MeasureChooser {

    /** What the coordinator did; the page saves it. */
    interface Actions {
        void choose(Long measureId, boolean included);

        void acceptContribution(Long measureId);

        void returnContribution(Long measureId, String reason);
    }

    final Div measures = new Div();
    final Div contributions = new Div();
    private final BiFunction<String, Object[], String> tr;
    private final Actions actions;

    MeasureChooser(BiFunction<String, Object[], String> tr, Actions actions) {
        this.tr = tr;
        this.actions = actions;
    }

    void show(List<ReportMeasure> government, List<ReportMeasure> civilSociety, boolean editable) {
        measures.removeAll();
        measures.add(new Paragraph(t("report.measures.help")));
        if (government.isEmpty()) {
            measures.add(new Paragraph(t("report.measures.none")));
        }
        for (ReportMeasure measure : government) {
            Checkbox box = new Checkbox(measure.title(), measure.included());
            box.setAriaLabel(t("report.measure.include", measure.title()));
            box.setReadOnly(!editable);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    actions.choose(measure.id(), e.getValue());
                }
            });
            FlexLayout line = new FlexLayout(box, status(measure));
            line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            line.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
            measures.add(line);
        }

        contributions.removeAll();
        contributions.add(new Paragraph(t("report.contributions.help")));
        if (civilSociety.isEmpty()) {
            contributions.add(new Paragraph(t("report.contributions.none")));
        }
        for (ReportMeasure measure : civilSociety) {
            Div block = new Div();
            block.addClassName("report-contribution");
            block.add(new Paragraph(new Anchor("catalogue/measures/" + measure.id(), measure.title()),
                    new Span(" · "), status(measure)));
            if (measure.included()) {
                block.add(new Paragraph(t("report.contribution.accepted")));
            } else if (measure.decision() != null && !measure.decision().isAccepted()) {
                block.add(new Paragraph(t("report.contribution.returned", measure.decision().getReason())));
            }
            if (editable) {
                Button accept = new Button(t("report.contribution.accept"),
                        e -> actions.acceptContribution(measure.id()));
                accept.setEnabled(!measure.included());
                Button giveBack = new Button(t("report.contribution.return"), e -> askReason(measure));
                giveBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                block.add(new FlexLayout(accept, giveBack));
            }
            contributions.add(block);
        }
    }

    private Span status(ReportMeasure measure) {
        Span status = new Span(measure.published() ? "✓ " + t("report.measure.published")
                : "⚠ " + t("report.measure.notPublished", t(measure.status().messageKey())));
        status.getStyle().set("color", measure.published() ? "var(--lumo-success-text-color)"
                : "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        return status;
    }

    private void askReason(ReportMeasure measure) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(measure.title());
        TextArea reason = new TextArea(t("report.contribution.reason"));
        reason.setWidthFull();
        reason.setManualValidation(true);
        Button confirm = new Button(t("report.contribution.returnConfirm"), e -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                reason.setErrorMessage(t("report.reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            actions.returnContribution(measure.id(), reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("report.confirm.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private String t(String key, Object... arguments) {
        return tr.apply(key, arguments);
    }
}
