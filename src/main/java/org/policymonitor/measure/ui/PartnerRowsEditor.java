package org.policymonitor.measure.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.function.Function;

import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.OrganisationNames;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.vocabulary.Term;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The partner table: add and remove rows of partner and type of entity. The partner is picked with type-ahead
 * from the registered organisations the measure's Party may list (matched without regard to case, accents or
 * spacing), or typed in full; a name that matches none is marked "not registered" (its reviewers will confirm
 * on its behalf).
 */
class PartnerRowsEditor extends Composite<VerticalLayout> {

    /** One row's fields; {@code registration} says whether the partner is a registered organisation. */
    record Row(HorizontalLayout layout, ComboBox<Choice> name, ComboBox<String> type, Button remove, Span registration) {
    }

    /** What a partner field holds: a registered organisation (id and name) or a name not registered (id null). */
    record Choice(Long organisationId, String name) {
    }

    private final List<Term> entityTypes;
    private final Supplier<List<PartnerOrganisation>> organisations;
    private final Function<String, String> translate;
    private final Runnable onChange;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> rowList = new ArrayList<>();
    final Button add = new Button();
    private final Span error = new Span();
    private final Span help = new Span();
    private boolean readOnly;

    /** @param organisations the registered organisations the measure's Party may list, asked afresh at each search */
    PartnerRowsEditor(List<Term> entityTypes, Supplier<List<PartnerOrganisation>> organisations,
            Function<String, String> translate, Function<Term, String> termLabel, Runnable onChange) {
        this.entityTypes = entityTypes;
        this.organisations = organisations;
        this.translate = translate;
        this.onChange = onChange;
        this.termLabel = termLabel;
        Span heading = new Span(translate.apply("measure.field.PARTNERS"));
        heading.getStyle().set("font-weight", "600");
        rows.setPadding(false);
        rows.setSpacing(false);
        add.setText(translate.apply("measure.editor.partner.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(e -> {
            addRow(new PartnerRow(null, null)).name().focus();
            onChange.run();
        });
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        getContent().setPadding(false);
        help.addClassName("editor-partners-help");
        help.setVisible(false);
        getContent().add(heading, help, rows, add, error);
    }

    private final Function<Term, String> termLabel;

    void setValue(List<PartnerRow> partners) {
        rows.removeAll();
        rowList.clear();
        partners.forEach(this::addRow);
    }

    List<PartnerRow> getValue() {
        return rowList.stream().map(r -> {
            Choice choice = r.name().getValue();
            String name = choice == null ? null : blankToNull(choice.name());
            return new PartnerRow(name, r.type().getValue(), name == null ? null : choice.organisationId());
        }).filter(p -> p.name() != null || p.entityType() != null).toList();
    }

    List<Row> rows() {
        return List.copyOf(rowList);
    }

    private Row addRow(PartnerRow partner) {
        int number = rowList.size() + 1;
        ComboBox<Choice> name = new ComboBox<>(translate.apply("measure.editor.partner.name"));
        name.setAllowCustomValue(true);
        name.setItemLabelGenerator(Choice::name);
        name.setItems(query -> matching(query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()));
        name.setClearButtonVisible(true);
        name.setWidth("24em");
        Span registration = new Span();
        registration.getStyle().set("font-size", "var(--lumo-font-size-s)");
        name.addCustomValueSetListener(e -> name.setValue(choiceFor(e.getDetail())));
        if (partner.name() != null) {
            name.setValue(new Choice(partner.organisationId(), partner.name()));
        }
        showRegistration(name.getValue(), registration);
        name.addValueChangeListener(e -> {
            showRegistration(e.getValue(), registration);
            onChange.run();
        });
        ComboBox<String> type = new ComboBox<>(translate.apply("measure.editor.partner.type"));
        type.setItems(entityTypes.stream().map(Term::code).toList());
        type.setItemLabelGenerator(code -> entityTypes.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(termLabel).orElse(code));
        type.setClearButtonVisible(true);
        if (partner.entityType() != null) {
            if (entityTypes.stream().noneMatch(t -> t.code().equals(partner.entityType()))) {
                type.setItems(java.util.stream.Stream.concat(entityTypes.stream().map(Term::code),
                        java.util.stream.Stream.of(partner.entityType())).toList());
            }
            type.setValue(partner.entityType());
        }
        type.addValueChangeListener(e -> onChange.run());
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(translate.apply("measure.editor.partner.remove") + " " + number);
        remove.setTooltipText(translate.apply("measure.editor.partner.remove"));
        HorizontalLayout layout = new HorizontalLayout(name, type, remove, registration);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        Row row = new Row(layout, name, type, remove, registration);
        remove.addClickListener(e -> {
            rows.remove(layout);
            rowList.remove(row);
            onChange.run();
        });
        name.setReadOnly(readOnly);
        type.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
        rowList.add(row);
        rows.add(layout);
        return row;
    }

    /** The organisations whose name contains the typed text, compared without case, accents or spacing. */
    private Stream<Choice> matching(String filter) {
        String key = OrganisationNames.key(filter);
        return organisations.get().stream()
                .filter(o -> key == null || Objects.toString(OrganisationNames.key(o.getName()), "").contains(key))
                .map(o -> new Choice(o.getId(), o.getName()));
    }

    /** A typed name: the registered organisation it names, else the name as not registered. */
    private Choice choiceFor(String typed) {
        String name = blankToNull(typed);
        if (name == null) {
            return null;
        }
        // a name beyond the column is kept as typed: the save refuses it with a message beside the field
        String typedName = name;
        return organisations.get().stream().filter(o -> OrganisationNames.same(o.getName(), typedName)).findFirst()
                .map(o -> new Choice(o.getId(), o.getName())).orElse(new Choice(null, typedName));
    }

    private void showRegistration(Choice choice, Span registration) {
        if (choice == null) {
            registration.setText("");
            registration.getElement().getThemeList().clear();
            return;
        }
        boolean registered = choice.organisationId() != null;
        registration.setText(translate.apply(registered ? "measure.editor.partner.registered"
                : "measure.editor.partner.notRegistered"));
        registration.getElement().getThemeList().clear();
        registration.getElement().getThemeList().add(registered ? "badge success" : "badge contrast");
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        for (Row row : rowList) {
            row.name().setReadOnly(readOnly);
            row.type().setReadOnly(readOnly);
            row.remove().setVisible(!readOnly);
        }
    }

    /** The guidance under the table's heading. */
    void setHelperText(String text) {
        help.setText(text == null ? "" : text);
        help.setVisible(text != null && !text.isBlank());
    }

    void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
