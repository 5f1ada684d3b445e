package org.policymonitor.audit.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;

import org.policymonitor.audit.AuditCategory;
import org.policymonitor.audit.AuditEntry;

import com.vaadin.flow.component.grid.Grid;

/** A grid of audit entries; also used by the tracking module's submission page. */
public final class AuditGrid {

    private AuditGrid() {
    }

    public static Grid<AuditEntry> create(Locale locale, BiFunction<String, Object[], String> tr) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC);
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> time.format(e.at()) + " UTC").setHeader(t(tr, "audit.column.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(t(tr, "audit.column.actor")).setAutoWidth(true);
        grid.addColumn(e -> t(tr, e.category().messageKey())).setHeader(t(tr, "audit.column.category"));
        grid.addColumn(e -> t(tr, "audit.action." + e.action())).setHeader(t(tr, "audit.column.action"));
        grid.addColumn(AuditEntry::measureId).setHeader(t(tr, "audit.column.measure")).setAutoWidth(true);
        grid.addColumn(e -> e.category() == AuditCategory.WORKFLOW_STEP && e.field() != null
                ? t(tr, "audit.step." + e.field()) : e.field()).setHeader(t(tr, "audit.column.field"));
        grid.addColumn(AuditEntry::oldValue).setHeader(t(tr, "audit.column.old")).setFlexGrow(2);
        grid.addColumn(AuditEntry::newValue).setHeader(t(tr, "audit.column.new")).setFlexGrow(2);
        grid.addColumn(AuditEntry::detail).setHeader(t(tr, "audit.column.detail")).setFlexGrow(2);
        grid.setTooltipGenerator(e -> e.newValue() == null ? e.detail() : e.newValue());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String t(BiFunction<String, Object[], String> tr, String key) {
        return tr.apply(key, new Object[0]);
    }
}
