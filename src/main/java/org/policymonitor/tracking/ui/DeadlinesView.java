package org.policymonitor.tracking.ui;

import org.policymonitor.party.PartyNames;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.Role;
import org.policymonitor.tracking.CycleDeadline;
import org.policymonitor.tracking.CycleDeadlines;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Administrators set when each Party's periodic report is due for a cycle. */
@Route("admin/deadlines")
@Menu(title = "tracking.nav.deadlines", order = 61)
@RolesAllowed(Role.Names.ADMIN)
class DeadlinesView extends VerticalLayout implements HasDynamicTitle {

    private final CycleDeadlines deadlines;
    private final ReferenceData referenceData;
    private final ComboBox<ReportingCycle> cycle = new ComboBox<>();
    final Grid<CycleDeadline> grid = new Grid<>();

    DeadlinesView(CycleDeadlines deadlines, ReferenceData referenceData) {
        this.deadlines = deadlines;
        this.referenceData = referenceData;
        add(new H1(getTranslation("tracking.deadlines.title")));
        cycle.setLabel(getTranslation("tracking.deadlines.cycle"));
        cycle.setItems(referenceData.cycles());
        cycle.setItemLabelGenerator(ReportingCycle::getCode);
        cycle.addValueChangeListener(e -> refresh());
        grid.addColumn(this::partyName).setHeader(getTranslation("tracking.deadlines.party"));
        grid.addComponentColumn(this::editor).setHeader(getTranslation("tracking.deadlines.dueDate")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(cycle, grid);
        referenceData.cycles().stream().findFirst().ifPresent(cycle::setValue);
    }

    /** The Party in the reader's language ("Mongolie"), as on every other page. */
    private String partyName(CycleDeadline row) {
        return referenceData.party(row.partyId()).map(p -> PartyNames.of(p, getLocale())).orElse(row.partyName());
    }

    private HorizontalLayout editor(CycleDeadline row) {
        DatePicker date = new DatePicker(row.dueDate());
        date.setAriaLabel(getTranslation("tracking.deadlines.dueDate") + " — " + partyName(row));
        date.setLocale(getLocale());
        Button save = new Button(getTranslation("tracking.deadlines.save"), e -> {
            deadlines.setDueDate(row.partyId(), row.cycleId(), date.getValue());
            Notification.show(getTranslation("tracking.deadlines.saved", partyName(row)));
        });
        save.setAriaLabel(getTranslation("tracking.deadlines.save") + " — " + partyName(row));
        return new HorizontalLayout(date, save);
    }

    private void refresh() {
        grid.setItems(cycle.getValue() == null ? java.util.List.of() : deadlines.ofCycle(cycle.getValue().getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.deadlines.title");
    }
}
