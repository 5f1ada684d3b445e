package org.policymonitor.workflow.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;
import org.policymonitor.workflow.TaskDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The measure a task is about, read-only: the 2020 form's fields with vocabulary labels in the user's language. */
class MeasureReadOnly extends VerticalLayout {

    MeasureReadOnly(TaskDetails details, VocabularyService vocabulary, Locale locale) {
        setPadding(false);
        setSpacing(false);
        MeasureContent c = details.content();
        field("workflow.measure.party", text(details.partyName()));
        if (details.civilSocietyOrganisation() != null) {
            // a civil-society contribution: its organisation, not a ministry
            field("workflow.measure.civilSociety", text(details.civilSocietyOrganisation()));
        } else {
            field("workflow.measure.ministry", text(details.ministryName()));
        }
        field("workflow.measure.agencies", list(c.agencies()));
        field("workflow.measure.description", text(c.description()));
        if (c.website() != null && !c.website().isBlank() && c.website().matches("(?i)https?://\\S+")) {
            Anchor link = new Anchor(c.website(), c.website());
            link.setTarget("_blank");
            field("workflow.measure.website", link);
        } else {
            field("workflow.measure.website", text(c.website()));
        }
        field("workflow.measure.results", text(c.results()));
        field("workflow.measure.budget", text(c.budgetText()));
        UnorderedList partners = new UnorderedList();
        for (PartnerRow row : c.partners()) {
            String type = row.entityType() == null ? null : vocabulary.label(VocabularyKind.ENTITY_TYPE, row.entityType(), locale);
            String name = row.name() == null ? getTranslation("workflow.measure.unnamedPartner") : row.name();
            partners.add(new ListItem(type == null ? name : name + " (" + type + ")"));
        }
        field("workflow.measure.partners", c.partners().isEmpty() ? text(null) : partners);
        field("workflow.measure.evaluated", text(getTranslation("workflow.evaluation." + c.evaluation().name())));
        field("workflow.measure.conclusions", text(c.conclusions()));
        field("workflow.measure.goals", labels(vocabulary, VocabularyKind.GOAL, c.goals(), locale));
        field("workflow.measure.areas", labels(vocabulary, VocabularyKind.AREA, c.areas(), locale));
        field("workflow.measure.domains", labels(vocabulary, VocabularyKind.DOMAIN, c.domains(), locale));
    }

    private void field(String labelKey, Component value) {
        Div block = new Div();
        block.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        H3 label = new H3(getTranslation(labelKey));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0")
                .set("color", "var(--lumo-secondary-text-color)");
        block.add(label, value);
        add(block);
    }

    private Component text(String value) {
        Span span = new Span(value == null || value.isBlank() ? getTranslation("workflow.measure.none") : value);
        span.getStyle().set("white-space", "pre-line");
        return span;
    }

    private Component list(Collection<String> values) {
        if (values.isEmpty()) {
            return text(null);
        }
        UnorderedList list = new UnorderedList();
        values.forEach(v -> list.add(new ListItem(v)));
        return list;
    }

    private Component labels(VocabularyService vocabulary, VocabularyKind kind, Collection<String> codes, Locale locale) {
        return list(codes.stream().map(code -> vocabulary.label(kind, code, locale)).sorted()
                .collect(Collectors.toList()));
    }
}
