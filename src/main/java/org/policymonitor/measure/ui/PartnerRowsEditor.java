package org.policymonitor.measure.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.PartnerRow;
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
import com.vaadin.flow.component.textfield.TextField;

/** The partner table: add and remove rows of partner name and type of entity. */
class PartnerRowsEditor extends Composite<VerticalLayout> {

    /** One row's two fields. */
    record Row(HorizontalLayout layout, TextField name, ComboBox<String> type, Button remove) {
    }

    private final List<Term> entityTypes;
    private final Function<String, String> translate;
    private final Runnable onChange;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> rowList = new ArrayList<>();
    final Button add = new Button();
    private final Span error = new Span();
    private boolean readOnly;

    PartnerRowsEditor(List<Term> entityTypes, Function<String, String> translate,
            Function<Term, String> termLabel, Runnable onChange) {
        this.entityTypes = entityTypes;
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
        getContent().add(heading, rows, add, error);
    }

    private final Function<Term, String> termLabel;

    void setValue(List<PartnerRow> partners) {
        rows.removeAll();
        rowList.clear();
        partners.forEach(this::addRow);
    }

    List<PartnerRow> getValue() {
        return rowList.stream().map(r -> new PartnerRow(blankToNull(r.name().getValue()), r.type().getValue()))
                .filter(p -> p.name() != null || p.entityType() != null).toList();
    }

    List<Row> rows() {
        return List.copyOf(rowList);
    }

    private Row addRow(PartnerRow partner) {
        int number = rowList.size() + 1;
        TextField name = new TextField(translate.apply("measure.editor.partner.name"));
        name.setMaxLength(Completeness.PARTNER_NAME_MAX);
        name.setValue(partner.name() == null ? "" : partner.name());
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> onChange.run());
        name.setWidth("24em");
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
        HorizontalLayout layout = new HorizontalLayout(name, type, remove);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, name, type, remove);
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

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        for (Row row : rowList) {
            row.name().setReadOnly(readOnly);
            row.type().setReadOnly(readOnly);
            row.remove().setVisible(!readOnly);
        }
    }

    void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
