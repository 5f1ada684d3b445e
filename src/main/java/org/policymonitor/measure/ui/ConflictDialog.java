package org.policymonitor.measure.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.policymonitor.measure.FieldChange;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Someone saved the measure while this user was editing it. Shows who, when and, field by field, what
 * they changed and what this user changed; the user keeps their version (merged onto the newer one) or
 * takes the newer one. Nothing is written until the user chooses.
 */
class ConflictDialog extends Dialog {

    /** One line of the comparison. */
    record Line(MeasureField field, String theirs, String mine, boolean changedByThem, boolean changedByMe) {
    }

    private final MeasureContent merged;
    final Grid<Line> lines = new Grid<>();
    final Button keepMine = new Button();
    final Button takeTheirs = new Button();
    final Button later = new Button();
    private final List<Line> items;

    ConflictDialog(FieldValues values, MeasureContent base, MeasureContent mine, MeasureDetails latest,
            Locale locale, BiFunction<String, Object[], String> tr) {
        setHeaderTitle(t(tr, "measure.conflict.header"));
        setWidth("60em");
        this.merged = MeasureContent.merge(base, mine, latest.content());
        Set<MeasureField> theirFields = fields(FieldChange.between(base, latest.content()));
        Set<MeasureField> myFields = fields(FieldChange.between(base, mine));
        Set<MeasureField> all = EnumSet.noneOf(MeasureField.class);
        all.addAll(theirFields);
        all.addAll(myFields);
        this.items = all.stream().map(f -> new Line(f, values.format(f, f.valueIn(latest.content())),
                values.format(f, f.valueIn(mine)), theirFields.contains(f), myFields.contains(f))).toList();

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());
        add(new Paragraph(t(tr, "measure.conflict.text", latest.updatedBy(),
                latest.updatedAt() == null ? "" : when.format(latest.updatedAt()))));
        lines.addColumn(l -> t(tr, l.field().messageKey())).setHeader(t(tr, "measure.conflict.field"))
                .setAutoWidth(true);
        lines.addColumn(l -> t(tr, l.changedByThem() && l.changedByMe() ? "measure.conflict.both"
                : l.changedByThem() ? "measure.conflict.byThem" : "measure.conflict.byMe"))
                .setHeader(t(tr, "measure.conflict.changedBy")).setAutoWidth(true);
        lines.addComponentColumn(l -> FieldValues.preWrap(l.theirs())).setHeader(t(tr, "measure.conflict.theirs",
                latest.updatedBy()));
        lines.addComponentColumn(l -> FieldValues.preWrap(l.mine())).setHeader(t(tr, "measure.conflict.mine"));
        lines.setItems(items);
        lines.setAllRowsVisible(true);
        add(lines);

        keepMine.setText(t(tr, "measure.conflict.keepMine"));
        keepMine.addThemeVariants(ButtonVariant.PRIMARY);
        takeTheirs.setText(t(tr, "measure.conflict.takeTheirs"));
        later.setText(t(tr, "measure.conflict.later"));
        later.addThemeVariants(ButtonVariant.TERTIARY);
        later.addClickListener(e -> close());
        getFooter().add(later, takeTheirs, keepMine);
        setCloseOnOutsideClick(false);
    }

    List<Line> lines() {
        return items;
    }

    void onKeepMine(Consumer<MeasureContent> action) {
        keepMine.addClickListener(e -> action.accept(merged));
    }

    void onTakeTheirs(Runnable action) {
        takeTheirs.addClickListener(e -> action.run());
    }

    private static Set<MeasureField> fields(List<FieldChange> changes) {
        Set<MeasureField> fields = EnumSet.noneOf(MeasureField.class);
        changes.forEach(c -> fields.add(c.field()));
        return fields;
    }

    private static String t(BiFunction<String, Object[], String> tr, String key, Object... args) {
        return tr.apply(key, args);
    }
}
