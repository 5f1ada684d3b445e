package org.policymonitor.report.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

import org.policymonitor.i18n.SupportedLanguages;
import org.policymonitor.party.PartyNames;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.report.IncompleteReportException;
import org.policymonitor.report.InvalidReportContentException;
import org.policymonitor.report.Missing;
import org.policymonitor.report.PeriodicReports;
import org.policymonitor.report.ReportDetails;
import org.policymonitor.report.ReportEvent;
import org.policymonitor.report.ReportMeasure;
import org.policymonitor.report.ReportSection;
import org.policymonitor.report.StaleReportException;
import org.policymonitor.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * The coordinator's periodic report: an outline with each section's completeness, the sections of the form, the
 * measures chooser and the civil-society contributions, the status with every return's reason, and the submit
 * with a confirmation of what is sent. Every action first saves the texts, so nothing typed is lost; a save over
 * someone else's says who and keeps the text in the fields.
 */
@Route("periodic-report")
@Menu(title = "report.nav.report", order = 25)
@RolesAllowed(Role.Names.REVIEWER)
class PeriodicReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PeriodicReports reports;
    private final ComboBox<ReportingCycle> cycle = new ComboBox<>();
    private final Paragraph status = new Paragraph();
    private final Div returns = new Div();
    private final UnorderedList outline = new UnorderedList();
    private final Map<ReportSection, Div> missingBySection = new EnumMap<>(ReportSection.class);
    private final ReportForm form;
    private final MeasureChooser chooser;
    private final Select<String> language = new Select<>();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Anchor pdf;
    private ReportDetails details;

    PeriodicReportView(PeriodicReports reports, ReferenceData referenceData) {
        this.reports = reports;
        this.form = new ReportForm(this::getTranslation);
        this.chooser = new MeasureChooser(this::getTranslation, new MeasureChooser.Actions() {
            @Override
            public void choose(Long measureId, boolean included) {
                act(version -> reports.choose(id(), measureId, included));
            }

            @Override
            public void acceptContribution(Long measureId) {
                act(version -> reports.acceptContribution(id(), measureId));
            }

            @Override
            public void returnContribution(Long measureId, String reason) {
                act(version -> reports.returnContribution(id(), measureId, reason));
            }
        });
        setMaxWidth("60em");
        add(new H1(getTranslation("report.page.title")));
        cycle.setLabel(getTranslation("report.page.cycle"));
        cycle.setItems(referenceData.cycles());
        cycle.setItemLabelGenerator(ReportingCycle::getCode);
        cycle.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate("periodic-report",
                        com.vaadin.flow.router.QueryParameters.of("cycle", e.getValue().getCode())));
            }
        });
        status.setId("report-status");
        returns.setId("report-returns");
        outline.setId("report-outline");
        add(cycle, status, returns, new H2(getTranslation("report.page.outline")), outline);

        for (ReportSection section : ReportSection.values()) {
            H2 heading = new H2(getTranslation(section.messageKey()));
            heading.setId("section-" + section.name());
            Div missing = new Div();
            missing.setId("missing-" + section.name());
            missing.getStyle().set("color", "var(--lumo-error-text-color)");
            missingBySection.put(section, missing);
            add(heading, missing);
            switch (section) {
                case MEASURES -> add(chooser.measures);
                case CIVIL_SOCIETY -> add(chooser.contributions);
                default -> form.section(section).forEach(this::add);
            }
        }

        language.setLabel(getTranslation("report.page.language"));
        language.setItems(SupportedLanguages.ALL.stream().map(java.util.Locale::getLanguage).toList());
        language.setItemLabelGenerator(tag -> java.util.Locale.forLanguageTag(tag).getDisplayLanguage(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(version -> reports.changeLanguage(id(), e.getValue()));
            }
        });
        save.setText(getTranslation("report.page.save"));
        save.addClickListener(e -> act(version -> null));
        submit.setText(getTranslation("report.page.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> act(version -> {
            confirmSubmit();
            return null;
        }));
        pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reports.document(id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "periodic-report-" + id() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("report.page.pdf"));
        pdf.setId("report-pdf");
        FlexLayout actions = new FlexLayout(language, save, submit, pdf);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        add(actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ReportingCycle> cycles = referenceCycles();
        String code = event.getLocation().getQueryParameters().getSingleParameter("cycle").orElse(null);
        ReportingCycle chosen = cycles.stream().filter(c -> c.getCode().equals(code)).findFirst()
                .orElse(cycles.isEmpty() ? null : cycles.getFirst());
        if (chosen == null) {
            return;
        }
        cycle.setValue(chosen);
        show(reports.forCycle(chosen.getId()));
    }

    private List<ReportingCycle> referenceCycles() {
        return cycle.getListDataView().getItems().toList();
    }

    private Long id() {
        return details.report().getId();
    }

    /**
     * Saves the texts when they changed, then runs the action with the report's version; shows the result. A
     * conflict or a refused field stops before the action, with the user's text left in the fields.
     */
    private void act(LongFunction<ReportDetails> action) {
        if (details == null) {
            return;
        }
        try {
            if (details.report().getStatus().isEditable()
                    && !Objects.equals(form.content(), details.report().content())) {
                show(reports.save(id(), details.report().getVersion(), form.content()));
                toast(getTranslation("report.page.saved"), NotificationVariant.LUMO_SUCCESS);
            }
            ReportDetails after = action.apply(details.report().getVersion());
            if (after != null) {
                show(after);
            }
        } catch (StaleReportException e) {
            conflict(e);
        } catch (InvalidReportContentException e) {
            form.showProblems(e.problems());
            toast(getTranslation("report.page.invalid"), NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException e) {
            toast(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(ReportDetails shown) {
        this.details = shown;
        boolean editable = shown.report().getStatus().isEditable();
        status.setText(getTranslation("report.page.status", getTranslation(shown.report().getStatus().messageKey()))
                + (editable ? "" : " · " + getTranslation("report.page.readOnly")));
        returns.removeAll();
        List<ReportEvent> returned = shown.report().returns();
        if (!returned.isEmpty()) {
            returns.add(new H2(getTranslation("report.page.returns")));
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault());
            returned.reversed().forEach(r -> returns.add(new Paragraph(getTranslation("report.page.returnedBy",
                    when.format(r.getHappenedAt()), r.getActor(), r.getReason()))));
        }
        form.show(shown.report().content(), editable);
        List<ReportMeasure> government = shown.governmentMeasures();
        chooser.show(government, shown.contributions(), editable);
        language.setValue(shown.report().getLanguage());
        language.setReadOnly(!editable);
        save.setVisible(editable);
        submit.setVisible(editable);
        showMissing(shown.missing());
    }

    private void showMissing(Map<ReportSection, List<Missing>> missing) {
        outline.removeAll();
        missing.forEach((section, lacks) -> {
            Anchor link = new Anchor("periodic-report#section-" + section.name(), getTranslation(section.messageKey()));
            link.getElement().setAttribute("href", "#section-" + section.name());
            String state = lacks.isEmpty() ? "✓ " + getTranslation("report.page.complete")
                    : "⚠ " + getTranslation("report.missing.count", lacks.size());
            outline.add(new ListItem(link, new com.vaadin.flow.component.html.Span(" — " + state)));
            Div box = missingBySection.get(section);
            box.removeAll();
            lacks.forEach(m -> box.add(new Paragraph(m.field() == null
                    ? getTranslation(m.messageKey(), m.subject())
                    : getTranslation(org.policymonitor.report.ReportField.valueOf(m.field()).messageKey()) + ": "
                            + getTranslation(m.messageKey(), m.subject()))));
        });
    }

    private void confirmSubmit() {
        if (!details.isComplete()) {
            showMissing(details.missing());
            form.showMissing(details.missing());
            toast(getTranslation("report.page.incomplete"), NotificationVariant.LUMO_ERROR);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.confirm.header"));
        dialog.add(new Paragraph(getTranslation("report.confirm.text") + " "
                + PartyNames.of(details.party(), getLocale()) + " " + details.cycle().getCode()));
        UnorderedList sections = new UnorderedList();
        for (ReportSection section : ReportSection.values()) {
            sections.add(new ListItem(getTranslation(section.messageKey())));
        }
        dialog.add(sections);
        List<ReportMeasure> included = details.included();
        dialog.add(new Paragraph(getTranslation("report.confirm.measures", included.size())));
        UnorderedList measures = new UnorderedList();
        included.forEach(m -> measures.add(new ListItem(m.title())));
        dialog.add(measures);
        Button confirm = new Button(getTranslation("report.confirm.submit"), e -> {
            dialog.close();
            try {
                show(reports.submit(id(), details.report().getVersion()));
                toast(getTranslation("report.page.submitted"), NotificationVariant.LUMO_SUCCESS);
            } catch (IncompleteReportException ex) {
                showMissing(ex.missing());
                form.showMissing(ex.missing());
                toast(getTranslation("report.page.incomplete"), NotificationVariant.LUMO_ERROR);
            } catch (StaleReportException ex) {
                conflict(ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("report.confirm.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Someone saved meanwhile: the fields keep this user's text until they choose. */
    private void conflict(StaleReportException e) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.page.title"));
        dialog.add(new Paragraph(getTranslation("report.page.conflict", e.savedBy(),
                e.savedAt() == null ? "" : when.format(e.savedAt()))));
        Button keepMine = new Button(getTranslation("report.page.keepMine"), click -> {
            dialog.close();
            ReportDetails latest = reports.details(id());
            details = latest;
            try {
                show(reports.save(id(), latest.report().getVersion(), form.content()));
                toast(getTranslation("report.page.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidReportContentException ex) {
                form.showProblems(ex.problems());
            }
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button(getTranslation("report.page.reload"), click -> {
            dialog.close();
            show(reports.details(id()));
        });
        dialog.getFooter().add(reload, keepMine);
        dialog.open();
    }

    private static void toast(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.page.title");
    }
}
