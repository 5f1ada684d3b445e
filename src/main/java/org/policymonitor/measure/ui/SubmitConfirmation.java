package org.policymonitor.measure.ui;

import java.util.function.Function;

import org.policymonitor.measure.Completeness;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Asks before a measure is sent for review and lists what will be sent: title, ministry, cycle, completeness
 * and each section's state. Nothing is submitted until the user confirms.
 */
class SubmitConfirmation extends Dialog {

    /** What the dialog lists; {@code organisation} is a civil-society contribution's (then there is no ministry). */
    record Summary(String title, String ministry, String organisation, String cycle, Completeness completeness) {
    }

    final Button confirm = new Button();
    final Button cancel = new Button();

    SubmitConfirmation(Summary summary, Function<EditorSection, FormSection> sections, Runnable onConfirm) {
        setHeaderTitle(getTranslation("measure.submitConfirm.header"));
        setMaxWidth("36em");
        add(new Paragraph(getTranslation("measure.submitConfirm.text")));
        DescriptionList facts = new DescriptionList();
        fact(facts, "measure.field.TITLE", summary.title());
        if (summary.organisation() == null) {
            fact(facts, "measure.submitConfirm.ministry", summary.ministry());
        } else {
            fact(facts, "measure.submitConfirm.organisation", summary.organisation());
        }
        fact(facts, "measure.submitConfirm.cycle", summary.cycle());
        fact(facts, "measure.submitConfirm.completeness",
                getTranslation("measure.completeness.score", summary.completeness().score()));
        add(facts);
        add(new H3(getTranslation("measure.submitConfirm.sections")));
        UnorderedList list = new UnorderedList();
        for (EditorSection section : EditorSection.values()) {
            FormSection block = sections.apply(section);
            if (!block.isVisible()) {
                continue;
            }
            EditorSection.Progress progress = section.progress(summary.completeness());
            String state = getTranslation("measure.outline.state." + progress.state().name());
            list.add(new ListItem(getTranslation("measure.submitConfirm.sectionState", block.title(), state)));
        }
        add(list);
        confirm.setText(getTranslation("measure.submitConfirm.confirm"));
        confirm.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            close();
            onConfirm.run();
        });
        cancel.setText(getTranslation("measure.submitConfirm.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank()
                        ? getTranslation("measure.value.none") : value));
    }
}
