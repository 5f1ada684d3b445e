package org.policymonitor.admin.ui;

import java.util.Locale;

import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.Role;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Administrators see the Parties, their ministries and the reporting cycles. */
@Route("admin/reference-data")
@Menu(title = "nav.referenceData", order = 80)
@RolesAllowed(Role.Names.ADMIN)
class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    ReferenceDataView(ReferenceData referenceData, VocabularyService vocabulary) {
        Locale locale = getLocale();
        add(new H1(getTranslation("referenceData.title")));

        add(new H2(getTranslation("referenceData.parties")));
        Grid<Party> parties = new Grid<>();
        parties.addColumn(Party::getIsoCode).setHeader(getTranslation("referenceData.iso")).setAutoWidth(true);
        parties.addColumn(Party::getName).setHeader(getTranslation("referenceData.name"));
        parties.addColumn(p -> vocabulary.label(VocabularyKind.REGION, p.getRegionCode(), locale))
                .setHeader(getTranslation("referenceData.region"));
        parties.addColumn(p -> String.join(", ", referenceData.ministriesOf(p.getId()).stream()
                .map(m -> m.getName()).toList())).setHeader(getTranslation("referenceData.ministries"));
        parties.setItems(referenceData.parties());
        parties.setAllRowsVisible(true);
        add(parties);

        add(new H2(getTranslation("referenceData.cycles")));
        Grid<ReportingCycle> cycles = new Grid<>();
        cycles.addColumn(ReportingCycle::getCode).setHeader(getTranslation("referenceData.cycle"));
        cycles.addColumn(ReportingCycle::getFormVersion).setHeader(getTranslation("referenceData.formVersion"));
        cycles.setItems(referenceData.cycles());
        cycles.setAllRowsVisible(true);
        add(cycles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referenceData.title");
    }
}
