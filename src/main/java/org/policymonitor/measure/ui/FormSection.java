package org.policymonitor.measure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/**
 * One section of the form: a heading the outline jumps to (focusable, so the keyboard lands there) and the
 * section's fields in one column.
 */
class FormSection extends Composite<Section> {

    private final EditorSection section;
    private final H2 heading;
    private final FormLayout fields = new FormLayout();

    FormSection(EditorSection section, String title) {
        this.section = section;
        this.heading = new H2(title);
        heading.setId(section.anchor() + "-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("editor-section-heading");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().setId(section.anchor());
        getContent().addClassName("editor-section");
        getContent().getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        getContent().add(heading, fields);
    }

    EditorSection section() {
        return section;
    }

    String title() {
        return heading.getText();
    }

    void add(Component... components) {
        fields.add(components);
    }

    void clear() {
        fields.removeAll();
    }

    /** Scrolls the section into view and moves the keyboard focus to its heading. */
    void reveal() {
        heading.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true});");
    }
}
