package org.policymonitor.audit.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.policymonitor.audit.AuditCategory;
import org.policymonitor.audit.AuditEntry;
import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Administrators search the audit trail: measure changes, workflow steps and administrative actions. */
@Route("admin/audit-trail")
@Menu(title = "audit.nav.trail", order = 62)
@RolesAllowed(Role.Names.ADMIN)
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail audit;
    private final TextField text = new TextField();
    private final IntegerField measure = new IntegerField();
    private final ComboBox<AuditCategory> category = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph summary = new Paragraph();
    private final Grid<AuditEntry> grid;

    AuditTrailView(AuditTrail audit) {
        this.audit = audit;
        add(new H1(getTranslation("audit.title")));
        text.setLabel(getTranslation("audit.search.text"));
        text.setClearButtonVisible(true);
        measure.setLabel(getTranslation("audit.search.measure"));
        measure.setMin(1);
        measure.setErrorMessage(getTranslation("audit.search.invalidMeasure"));
        category.setLabel(getTranslation("audit.search.category"));
        category.setItems(AuditCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.search.from"));
        to.setLabel(getTranslation("audit.search.to"));
        Button search = new Button(getTranslation("audit.search.run"), e -> refresh());
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(text, measure, category, from, to, search);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        grid = AuditGrid.create(getLocale(), this::getTranslation);
        grid.setId("audit-trail");
        add(form, summary, grid);
        refresh();
    }

    private void refresh() {
        if (measure.isInvalid()) {
            return;
        }
        LocalDate fromDate = from.getValue();
        LocalDate toDate = to.getValue();
        AuditQuery query = new AuditQuery(text.getValue(), measure.getValue() == null ? null : measure.getValue().longValue(),
                category.getValue(), fromDate == null ? null : fromDate.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 500);
        var entries = audit.search(query);
        grid.setItems(entries);
        summary.setText(getTranslation("audit.results", entries.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
