package org.policymonitor.admin.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.policymonitor.security.SecurityEvent;
import org.policymonitor.security.AuditEventType;
import org.policymonitor.security.SecurityEventQuery;
import org.policymonitor.security.Role;
import org.policymonitor.security.SecurityAuditLog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The security audit log, newest first, filtered by user, type of event and dates (UTC). */
@Route("admin/audit")
@Menu(title = "admin.nav.audit", order = 86)
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final TextField user = new TextField();
    final ComboBox<AuditEventType> type = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<SecurityEvent> grid = new Grid<>();
    private final SecurityAuditLog auditLog;

    AuditLogView(SecurityAuditLog auditLog) {
        this.auditLog = auditLog;
        add(new H1(getTranslation("admin.audit.title")));
        user.setLabel(getTranslation("admin.audit.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel(getTranslation("admin.audit.type"));
        type.setItems(AuditEventType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setClearButtonVisible(true);
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Button refresh = new Button(getTranslation("admin.audit.refresh"), e -> search());
        HorizontalLayout filters = new HorizontalLayout(user, type, from, to, refresh);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        user.addValueChangeListener(e -> search());
        type.addValueChangeListener(e -> search());
        from.addValueChangeListener(e -> search());
        to.addValueChangeListener(e -> search());

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        grid.addColumn(e -> time.format(e.occurredAt())).setHeader(getTranslation("admin.audit.when")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.type().messageKey())).setHeader(getTranslation("admin.audit.type"))
                .setAutoWidth(true);
        grid.addColumn(SecurityEvent::username).setHeader(getTranslation("admin.audit.user")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::actor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::detail).setHeader(getTranslation("admin.audit.detail"));
        grid.setAriaLabel(getTranslation("admin.audit.title"));
        add(filters, grid);
        setSizeFull();
        search();
    }

    void search() {
        LocalDate fromDate = from.getValue();
        LocalDate toDate = to.getValue();
        grid.setItems(auditLog.search(new SecurityEventQuery(user.getValue(), type.getValue(),
                fromDate == null ? null : fromDate.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 1000)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title");
    }
}
