package org.policymonitor.workflow.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.policymonitor.shared.DateFormats;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.FourEyesException;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskNotAvailableException;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Tasks of the signed-in reviewer, partner contact or evaluator: the ones they claimed and the ones offered to
 * their groups (administrators see every open task). The filters live in the URL, so they survive opening a
 * task and coming back.
 */
@Route("inbox")
@Menu(title = "workflow.nav.inbox", order = 30)
@RolesAllowed({Role.Names.REVIEWER, Role.Names.PARTNER, Role.Names.EVALUATOR, Role.Names.ADMIN})
class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionWorkflow workflow;
    private final Clock clock;

    private final Select<InboxFilter.Show> show = new Select<>();
    private final Select<WorkflowStep> step = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final TextField text = new TextField();
    private final Select<InboxFilter.Order> order = new Select<>();
    private final Grid<TaskView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private boolean reading;

    InboxView(SubmissionWorkflow workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
        setSizeFull();
        add(new H1(getTranslation("workflow.inbox.title")));

        show.setLabel(getTranslation("workflow.inbox.show"));
        show.setWidth("19em");
        show.setItems(InboxFilter.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("workflow.inbox.show." + s.name()));
        step.setLabel(getTranslation("workflow.inbox.step"));
        step.setItems(Arrays.stream(WorkflowStep.values()).filter(s -> !s.decisions().isEmpty()).toList());
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(getTranslation("workflow.inbox.allSteps"));
        step.setItemLabelGenerator(s -> s == null ? getTranslation("workflow.inbox.allSteps") : getTranslation(s.messageKey()));
        overdue.setLabel(getTranslation("workflow.inbox.overdueOnly"));
        text.setLabel(getTranslation("workflow.inbox.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        order.setLabel(getTranslation("workflow.inbox.sort"));
        order.setWidth("16em");
        order.setItems(InboxFilter.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("workflow.inbox.sort." + o.name()));

        show.addValueChangeListener(e -> filterChanged());
        step.addValueChangeListener(e -> filterChanged());
        overdue.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());
        order.addValueChangeListener(e -> filterChanged());

        HorizontalLayout filters = new HorizontalLayout(show, step, text, order, overdue);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        var measureColumn = grid.addColumn(TaskView::measureTitle).setHeader(getTranslation("workflow.inbox.measure"))
                .setFlexGrow(3);
        var stepColumn = grid.addColumn(t -> TaskText.step(this, t)).setHeader(getTranslation("workflow.inbox.step"))
                .setFlexGrow(2);
        var assigneeColumn = grid.addColumn(t -> t.assignee() == null ? getTranslation("workflow.inbox.unassigned") : t.assignee())
                .setHeader(getTranslation("workflow.inbox.assignee"));
        var dueColumn = grid.addComponentColumn(this::due).setHeader(getTranslation("workflow.inbox.due"));
        var ageColumn = grid.addColumn(t -> TaskText.age(this, t.age(clock.instant()))).setHeader(getTranslation("workflow.inbox.age"))
                .setTextAlign(ColumnTextAlign.END);
        var actionsColumn = grid.addComponentColumn(this::actions).setHeader(getTranslation("workflow.inbox.actions"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("workflow.inbox.title"));
        // a phone shows the measure, the step, when it is due and what to do; who holds it and its age are on the task
        org.policymonitor.shared.NarrowScreen.hideOnPhones(grid, java.util.List.of(assigneeColumn, ageColumn));
        org.policymonitor.shared.NarrowScreen.narrowOnPhones(grid, measureColumn, "5.5em");
        org.policymonitor.shared.NarrowScreen.narrowOnPhones(grid, stepColumn, "5em");
        org.policymonitor.shared.NarrowScreen.narrowOnPhones(grid, dueColumn, "5em");
        org.policymonitor.shared.NarrowScreen.narrowOnPhones(grid, actionsColumn, "6em");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(grid, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InboxFilter filter = InboxQuery.parse(event.getLocation().getQueryParameters());
        reading = true;
        show.setValue(filter.show());
        step.setValue(filter.step());
        overdue.setValue(filter.overdueOnly());
        text.setValue(filter.text() == null ? "" : filter.text());
        order.setValue(filter.order());
        reading = false;
        refresh();
    }

    InboxFilter filter() {
        return new InboxFilter(show.getValue(), step.getValue(), overdue.getValue(), text.getValue(), order.getValue());
    }

    private void filterChanged() {
        if (reading) {
            return;
        }
        QueryParameters query = InboxQuery.of(filter());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "inbox"
                + (query.getQueryString().isEmpty() ? "" : "?" + query.getQueryString())));
        refresh();
    }

    void refresh() {
        List<TaskView> tasks = workflow.inbox(filter());
        grid.setItems(tasks);
        empty.setText(tasks.isEmpty() ? getTranslation("workflow.inbox.empty") : "");
        empty.setVisible(tasks.isEmpty());
    }

    private Span due(TaskView task) {
        Instant now = clock.instant();
        Span due = new Span(DateFormats.date(task.dueAt(), getLocale()));
        if (task.overdue(now)) {
            due.setText(due.getText() + " · " + getTranslation("workflow.inbox.overdue"));
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }

    private HorizontalLayout actions(TaskView task) {
        HorizontalLayout actions = new HorizontalLayout();
        Button open = new Button(getTranslation("workflow.inbox.open"), e -> open(task));
        open.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        open.setAriaLabel(getTranslation("workflow.inbox.openTask", task.measureTitle()));
        actions.add(open);
        if (task.canClaim()) {
            Button claim = new Button(getTranslation("workflow.task.claim"), e -> act(() -> workflow.claim(task.id())));
            claim.addThemeVariants(ButtonVariant.SMALL);
            claim.setAriaLabel(getTranslation("workflow.inbox.claimTask", task.measureTitle()));
            actions.add(claim);
        }
        if (task.canUnclaim()) {
            Button release = new Button(getTranslation("workflow.task.unclaim"),
                    e -> act(() -> workflow.unclaim(task.id())));
            release.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            release.setAriaLabel(getTranslation("workflow.inbox.unclaimTask", task.measureTitle()));
            actions.add(release);
        }
        if (task.refusal() != null) {
            // four eyes: they see the task, but someone else must act on it; say why
            Span refusal = new Span(getTranslation(task.refusal()));
            refusal.getElement().getThemeList().add("badge contrast");
            refusal.getStyle().set("white-space", "normal");
            actions.add(refusal);
        }
        return actions;
    }

    void open(TaskView task) {
        getUI().ifPresent(ui -> ui.navigate("tasks/" + task.id(), InboxQuery.of(filter())));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TaskNotAvailableException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        } catch (FourEyesException e) {
            Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("workflow.error.notYourTask"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workflow.inbox.title");
    }
}
