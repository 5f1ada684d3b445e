package org.policymonitor.report.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.policymonitor.report.Missing;
import org.policymonitor.report.ReportContent;
import org.policymonitor.report.ReportField;
import org.policymonitor.report.ReportSection;
import org.policymonitor.report.StatisticRow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The report's own fields: the contact, the long texts (with a character counter each) and the statistical annex
 * rows. Messages appear next to the field: a refused save (too long, not an e-mail) and, after a refused submit,
 * what is required.
 */
final class ReportForm {

    private final Map<ReportField, TextFieldBase<?, String>> fields = new EnumMap<>(ReportField.class);
    private final List<StatisticLine> statistics = new ArrayList<>();
    private final Div statisticRows = new Div();
    private final Button addRow = new Button();
    private final BiFunction<String, Object[], String> tr;

    ReportForm(BiFunction<String, Object[], String> tr) {
        this.tr = tr;
        for (ReportField field : ReportField.values()) {
            TextFieldBase<?, String> input = field.limit() > 1000 ? new TextArea() : new TextField();
            input.setLabel(t(field.messageKey()));
            input.setWidthFull();
            input.setManualValidation(true);
            input.addValueChangeListener(e -> counter(field));
            fields.put(field, input);
            counter(field);
        }
        addRow.setText(t("report.statistic.add"));
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRow.addClickListener(e -> addStatistic(new StatisticRow(null, null, null, null)));
    }

    /** The fields of one section, to put in its place on the page. */
    List<Component> section(ReportSection section) {
        List<Component> components = new ArrayList<>();
        fields.forEach((field, input) -> {
            if (field.section() == section) {
                components.add(input);
            }
        });
        if (section == ReportSection.STATISTICAL_ANNEX) {
            components.add(new Paragraph(t("report.statistic.help")));
            components.add(statisticRows);
            components.add(addRow);
        }
        return components;
    }

    void show(ReportContent content, boolean editable) {
        fields.forEach((field, input) -> {
            input.setValue(field.valueIn(content) == null ? "" : field.valueIn(content));
            input.setReadOnly(!editable);
            input.setInvalid(false);
        });
        statistics.clear();
        statisticRows.removeAll();
        content.statistics().forEach(this::addStatistic);
        statistics.forEach(line -> line.readOnly(!editable));
        addRow.setVisible(editable);
    }

    ReportContent content() {
        return new ReportContent(value(ReportField.CONTACT_TITLE), value(ReportField.CONTACT_ADDRESS),
                value(ReportField.CONTACT_PHONE), value(ReportField.CONTACT_EMAIL), value(ReportField.EXECUTIVE_SUMMARY),
                value(ReportField.CONSULTATION), value(ReportField.TRANSVERSAL_ISSUES),
                value(ReportField.CHALLENGES_ACHIEVEMENTS), value(ReportField.ANNEXES_DESCRIPTION),
                statistics.stream().map(StatisticLine::row).toList());
    }

    /** Marks the fields a save refused (message key by field name, "STATISTICS:n" for a row). */
    void showProblems(Map<String, String> problems) {
        clearMarks();
        problems.forEach((name, key) -> mark(name, t(key)));
    }

    /** Marks what a submit needs next to each field. */
    void showMissing(Map<ReportSection, List<Missing>> missing) {
        clearMarks();
        missing.values().stream().flatMap(List::stream).filter(m -> m.field() != null)
                .forEach(m -> mark(m.field(), t(m.messageKey(), m.subject())));
    }

    private void mark(String name, String message) {
        if (name.startsWith("STATISTICS:")) {
            int index = Integer.parseInt(name.substring("STATISTICS:".length()));
            if (index < statistics.size()) {
                statistics.get(index).mark(message);
            }
            return;
        }
        if (name.equals("STATISTICS")) {
            return;
        }
        TextFieldBase<?, String> input = fields.get(ReportField.valueOf(name));
        input.setErrorMessage(message);
        input.setInvalid(true);
    }

    private void clearMarks() {
        fields.values().forEach(f -> f.setInvalid(false));
        statistics.forEach(line -> line.mark(null));
    }

    private void counter(ReportField field) {
        TextFieldBase<?, String> input = fields.get(field);
        int length = input.getValue() == null ? 0 : input.getValue().length();
        input.setHelperText(t("report.page.counter", length, field.limit()));
        String tooLong = t("report.validation.tooLong");
        if (length > field.limit()) {
            input.setErrorMessage(tooLong);
            input.setInvalid(true);
        } else if (tooLong.equals(input.getErrorMessage())) {
            input.setInvalid(false);
        }
    }

    private void addStatistic(StatisticRow row) {
        StatisticLine line = new StatisticLine(row, statistics.size() + 1);
        statistics.add(line);
        statisticRows.add(line.layout);
    }

    private String value(ReportField field) {
        String value = fields.get(field).getValue();
        return value == null || value.isBlank() ? null : value;
    }

    private String t(String key, Object... arguments) {
        return tr.apply(key, arguments);
    }

    /** One row of the statistical annex: four fields and a remove button, wrapping at phone width. */
    private final class StatisticLine {
        final TextField indicator = new TextField(t("report.statistic.indicator"));
        final TextField value = new TextField(t("report.statistic.value"));
        final IntegerField year = new IntegerField(t("report.statistic.year"));
        final TextField source = new TextField(t("report.statistic.source"));
        final Button remove = new Button();
        final FlexLayout layout = new FlexLayout(indicator, value, year, source, remove);

        StatisticLine(StatisticRow row, int number) {
            indicator.setValue(row.indicator() == null ? "" : row.indicator());
            value.setValue(row.value() == null ? "" : row.value());
            year.setValue(row.year());
            source.setValue(row.source() == null ? "" : row.source());
            indicator.setManualValidation(true);
            remove.setText("×");
            remove.setAriaLabel(t("report.statistic.remove", number));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                statistics.remove(this);
                statisticRows.remove(layout);
            });
            layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            layout.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        }

        StatisticRow row() {
            return new StatisticRow(indicator.getValue(), value.getValue(), year.getValue(), source.getValue());
        }

        void readOnly(boolean readOnly) {
            indicator.setReadOnly(readOnly);
            value.setReadOnly(readOnly);
            year.setReadOnly(readOnly);
            source.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        void mark(String message) {
            indicator.setErrorMessage(message);
            indicator.setInvalid(message != null);
        }
    }
}
