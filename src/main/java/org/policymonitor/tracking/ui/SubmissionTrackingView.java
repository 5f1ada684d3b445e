package org.policymonitor.tracking.ui;

import org.policymonitor.shared.DateFormats;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.audit.ui.AuditGrid;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.StepLogEntry;
import org.policymonitor.workflow.SubmissionOverview;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One submission as administrators follow it from the board: status, the workflow's timeline, open tasks and
 * the measure's audit trail.
 */
@Route("admin/board/measure")
@RolesAllowed(Role.Names.ADMIN)
class SubmissionTrackingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SubmissionWorkflow workflow;
    private final AuditTrail audit;
    private String title = "";

    SubmissionTrackingView(SubmissionWorkflow workflow, AuditTrail audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    @Override
    public void setParameter(BeforeEvent event, Long measureId) {
        removeAll();
        add(new RouterLink(getTranslation("tracking.list.back"), BoardView.class));
        SubmissionOverview overview;
        try {
            overview = workflow.overview(measureId);
        } catch (NoSuchElementException e) {
            add(new H1(getTranslation("tracking.submission.notFound")));
            return;
        }
        Locale locale = getLocale();
        title = getTranslation("tracking.submission.title", overview.title());
        add(new H1(title));
        add(new Paragraph(getTranslation("tracking.submission.status", getTranslation(overview.status().messageKey()))));

        add(new H2(getTranslation("tracking.submission.timeline")));
        Grid<StepLogEntry> timeline = new Grid<>();
        timeline.setId("submission-timeline");
        timeline.addColumn(s -> DateFormats.dateTime(s.at(), locale)).setHeader(getTranslation("tracking.timeline.when"))
                .setAutoWidth(true);
        timeline.addColumn(s -> getTranslation("audit.step." + s.step().name()))
                .setHeader(getTranslation("tracking.timeline.step"));
        timeline.addColumn(s -> getTranslation("audit.action." + s.outcome().name()))
                .setHeader(getTranslation("tracking.timeline.outcome"));
        timeline.addColumn(s -> s.subject() == null ? s.actor() : s.actor() + " → " + s.subject())
                .setHeader(getTranslation("tracking.timeline.actor"));
        timeline.addColumn(StepLogEntry::comment).setHeader(getTranslation("tracking.timeline.comment")).setFlexGrow(2);
        timeline.setItems(overview.timeline());
        timeline.setAllRowsVisible(true);
        add(timeline);

        if (!overview.openTasks().isEmpty()) {
            add(new H2(getTranslation("tracking.submission.openTasks")));
            Grid<TaskView> tasks = new Grid<>();
            tasks.addColumn(t -> getTranslation("audit.step." + t.step().name()))
                    .setHeader(getTranslation("tracking.timeline.step"));
            tasks.addColumn(t -> t.partnerName() == null ? "" : t.partnerName())
                    .setHeader(getTranslation("tracking.measure.party"));
            tasks.addColumn(t -> t.assignee() == null ? "" : t.assignee()).setHeader(getTranslation("tracking.task.assignee"));
            tasks.addColumn(t -> DateFormats.dateTime(t.dueAt(), locale)).setHeader(getTranslation("tracking.task.due"));
            tasks.setItems(overview.openTasks());
            tasks.setAllRowsVisible(true);
            add(tasks);
        }

        add(new H2(getTranslation("tracking.submission.history")));
        Grid<org.policymonitor.audit.AuditEntry> history = AuditGrid.create(locale, this::getTranslation);
        history.setItems(audit.search(AuditQuery.ofMeasure(measureId)));
        add(history);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
