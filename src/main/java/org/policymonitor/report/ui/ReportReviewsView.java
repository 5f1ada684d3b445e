package org.policymonitor.report.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.policymonitor.report.PeriodicReports;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.ReasonRequiredException;
import org.policymonitor.workflow.ReportReview;
import org.policymonitor.workflow.ReportSubmissions;
import org.policymonitor.workflow.TaskNotAvailableException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/** The Secretariat's list of submitted reports: read each as a PDF, accept it or return it with a reason. */
@Route("admin/reports")
@Menu(title = "report.nav.reviews", order = 62)
@RolesAllowed(Role.Names.ADMIN)
class ReportReviewsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportSubmissions submissions;
    private final PeriodicReports reports;
    private final Div list = new Div();

    ReportReviewsView(ReportSubmissions submissions, PeriodicReports reports) {
        this.submissions = submissions;
        this.reports = reports;
        setMaxWidth("60em");
        add(new H1(getTranslation("report.reviews.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var open = submissions.openReviews();
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("report.reviews.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (ReportReview review : open) {
            Div row = new Div();
            row.addClassName("report-review");
            row.add(new H2(review.label()));
            row.add(new Paragraph(getTranslation("report.reviews.submittedBy") + ": " + review.submittedBy() + " · "
                    + getTranslation("report.reviews.submittedAt") + ": " + when.format(review.submittedAt())));
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = reports.document(review.reportId());
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "periodic-report-" + review.reportId() + ".pdf", "application/pdf", bytes.length);
            }), getTranslation("report.reviews.pdf"));
            pdf.setAriaLabel(getTranslation("report.reviews.pdfLabel", review.label()));
            Button accept = new Button(getTranslation("report.reviews.accept"), e -> decide(() -> {
                submissions.accept(review.reportId());
                return "report.reviews.accepted";
            }));
            accept.setAriaLabel(getTranslation("report.reviews.acceptLabel", review.label()));
            accept.setId("accept-report-" + review.reportId());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button giveBack = new Button(getTranslation("report.reviews.return"), e -> askReason(review));
            giveBack.setAriaLabel(getTranslation("report.reviews.returnLabel", review.label()));
            giveBack.setId("return-report-" + review.reportId());
            FlexLayout actions = new FlexLayout(pdf, accept, giveBack);
            actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            actions.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
            row.add(actions);
            list.add(row);
        }
    }

    private void askReason(ReportReview review) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(review.label());
        TextArea reason = new TextArea(getTranslation("report.reviews.reason"));
        reason.setWidthFull();
        reason.setManualValidation(true);
        Button confirm = new Button(getTranslation("report.reviews.return"), e -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("report.reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            decide(() -> {
                submissions.returnReport(review.reportId(), reason.getValue());
                return "report.reviews.returned";
            });
        });
        confirm.setId("confirm-return");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("report.confirm.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void decide(java.util.function.Supplier<String> decision) {
        try {
            String done = decision.get();
            Notification.show(getTranslation(done), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TaskNotAvailableException e) {
            Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ReasonRequiredException e) {
            Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.reviews.title");
    }
}
