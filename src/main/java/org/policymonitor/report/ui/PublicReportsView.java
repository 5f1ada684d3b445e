package org.policymonitor.report.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.policymonitor.party.PartyNames;
import org.policymonitor.report.PeriodicReports;
import org.policymonitor.report.ReportContent;
import org.policymonitor.report.ReportDetails;
import org.policymonitor.report.ReportMeasure;
import org.policymonitor.report.ReportSection;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public's periodic reports: the list of accepted ones and, with {@code /reports/<id>}, one report as the
 * Party's profile (contact, executive summary, its measures linking to their public records, the PDF). Reports
 * that are not accepted are not shown, their ids included.
 */
@Route("reports/:reportId?")
@Menu(title = "report.nav.public", order = 15)
@AnonymousAllowed
class PublicReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PeriodicReports reports;
    private final Div content = new Div();
    private String title;

    PublicReportsView(PeriodicReports reports) {
        this.reports = reports;
        setMaxWidth("60em");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        Optional<String> id = event.getRouteParameters().get("reportId");
        if (id.isEmpty()) {
            list();
            return;
        }
        Optional<ReportDetails> report = id.filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf)
                .flatMap(reports::acceptedReport);
        if (report.isEmpty()) {
            title = getTranslation("report.public.title");
            content.add(new H1(title), new Paragraph(getTranslation("report.public.notFound")));
            return;
        }
        show(report.get());
    }

    private void list() {
        title = getTranslation("report.public.title");
        content.add(new H1(title));
        List<ReportDetails> accepted = reports.accepted();
        if (accepted.isEmpty()) {
            content.add(new Paragraph(getTranslation("report.public.none")));
        }
        UnorderedList list = new UnorderedList();
        accepted.forEach(r -> list.add(new ListItem(new Anchor("reports/" + r.report().getId(),
                PartyNames.of(r.party(), getLocale()) + " — " + r.cycle().getCode()))));
        content.add(list);
    }

    private void show(ReportDetails details) {
        ReportContent c = details.report().content();
        title = PartyNames.of(details.party(), getLocale()) + " — " + details.cycle().getCode();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        content.add(new H1(title));
        details.report().acceptedAt().ifPresent(at -> content.add(new Paragraph(
                getTranslation("report.public.acceptedOn", when.format(at)))));
        Anchor pdf = new Anchor("api/v1/reports/" + details.report().getId() + "/pdf", getTranslation("report.page.pdf"));
        pdf.getElement().setAttribute("download", true);
        content.add(pdf);
        content.add(new H2(getTranslation("report.public.contact")));
        content.add(preWrap(String.join("\n", nonNull(c.contactTitle()), nonNull(c.contactAddress()),
                nonNull(c.contactPhone()), nonNull(c.contactEmail())).strip()));
        content.add(new H2(getTranslation(ReportSection.EXECUTIVE_SUMMARY.messageKey())));
        content.add(preWrap(c.executiveSummary()));
        content.add(new H2(getTranslation("report.public.measures")));
        UnorderedList measures = new UnorderedList();
        for (ReportMeasure m : details.included()) {
            measures.add(new ListItem(new Anchor("catalogue/measures/" + m.id(), m.title())));
        }
        content.add(measures);
    }

    private static Paragraph preWrap(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-wrap");
        return paragraph;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("report.public.title") : title;
    }
}
