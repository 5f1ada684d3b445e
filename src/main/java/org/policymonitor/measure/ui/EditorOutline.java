package org.policymonitor.measure.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.policymonitor.measure.Completeness;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The list of the form's sections, each with how complete it is (an icon and words, not colour alone); a
 * section's button jumps to it and moves the focus there. Beside the form on a wide screen; above it, folded,
 * on a phone.
 */
class EditorOutline extends Composite<Details> {

    /** Below this window width (px) the outline starts folded above the form. */
    static final int FOLD_BELOW = 800;

    private final Function<EditorSection, FormSection> sections;
    private final Map<EditorSection, NativeButton> links = new EnumMap<>(EditorSection.class);
    private final Map<EditorSection, Span> states = new EnumMap<>(EditorSection.class);
    private final Map<EditorSection, ListItem> items = new EnumMap<>(EditorSection.class);

    EditorOutline(Function<EditorSection, FormSection> sections) {
        this.sections = sections;
        Details details = getContent();
        details.setSummaryText(getTranslation("measure.outline.title"));
        details.setOpened(true);
        details.addClassName("editor-outline");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("measure.outline.title"));
        OrderedList list = new OrderedList();
        list.addClassName("editor-outline-list");
        for (EditorSection section : EditorSection.values()) {
            FormSection block = sections.apply(section);
            Span state = new Span();
            state.addClassName("editor-outline-state");
            NativeButton link = new NativeButton();
            link.addClassName("editor-outline-link");
            link.setId("outline-" + section.anchor());
            link.add(new Span(block.title()), state);
            link.addClickListener(e -> block.reveal());
            links.put(section, link);
            states.put(section, state);
            ListItem item = new ListItem(link);
            items.put(section, item);
            list.add(item);
        }
        nav.add(list);
        details.add(nav);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("return window.innerWidth").then(Integer.class, width -> {
            if (width != null && width < FOLD_BELOW) {
                getContent().setOpened(false);
            }
        });
    }

    /** Shows each section's share of the completeness; the legacy section only when it is shown. */
    void refresh(Completeness completeness) {
        for (EditorSection section : EditorSection.values()) {
            items.get(section).setVisible(sections.apply(section).isVisible());
            EditorSection.Progress progress = section.progress(completeness);
            Span state = states.get(section);
            state.removeAll();
            Icon icon = switch (progress.state()) {
                case COMPLETE -> VaadinIcon.CHECK_CIRCLE.create();
                case REQUIRED_MISSING, NEEDS_CORRECTION -> VaadinIcon.EXCLAMATION_CIRCLE.create();
                case RECOMMENDED_MISSING -> VaadinIcon.CIRCLE_THIN.create();
                case READ_ONLY -> VaadinIcon.LOCK.create();
            };
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.addClassName("editor-outline-icon");
            String text = getTranslation("measure.outline.state." + progress.state().name());
            state.add(icon, new Span(progress.counted() == 0 ? text
                    : text + " · " + getTranslation("measure.outline.filled", progress.filled(), progress.counted())));
            state.getElement().setAttribute("data-state", progress.state().name());
        }
    }

    /** The state text shown beside a section, e.g. "Complete · 2 of 2 filled in". */
    String stateOf(EditorSection section) {
        return states.get(section).getElement().getTextRecursively();
    }

    NativeButton link(EditorSection section) {
        return links.get(section);
    }

    boolean isShown(EditorSection section) {
        return items.get(section).isVisible();
    }
}
