package org.policymonitor.workflow.ui;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.ui.ChangesGrid;
import org.policymonitor.measure.ui.MeasureFiles;
import org.policymonitor.measure.ui.MeasurePlaces;
import org.policymonitor.shared.DateFormats;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.vocabulary.VocabularyService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.FourEyesException;
import org.policymonitor.workflow.ReasonRequiredException;
import org.policymonitor.workflow.ReassignCandidate;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskDetails;
import org.policymonitor.workflow.TaskNotAvailableException;
import org.policymonitor.workflow.TaskView;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One task: the measure read-only, the decision buttons of the step and a comment box (the reason, required
 * to return or decline). Carries the inbox's query parameters, so going back restores the inbox's filters.
 */
@Route("tasks/:taskId")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.PARTNER, Role.Names.EVALUATOR, Role.Names.ADMIN})
class TaskPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionWorkflow workflow;
    private final VocabularyService vocabulary;
    private final AccountService accounts;
    private final MeasureEditing measures;
    private final MeasureService system;
    private final MeasureFiles files;

    private String taskId;
    private QueryParameters inboxQuery = QueryParameters.empty();
    private final CommentField comment = new CommentField("");
    private final Div problem = new Div();
    final ComboBox<ReassignCandidate> reassignTo = new ComboBox<>();
    private String title = "";

    TaskPage(SubmissionWorkflow workflow, VocabularyService vocabulary, AccountService accounts,
            MeasureEditing measures, MeasureService system, MeasureFiles files) {
        this.workflow = workflow;
        this.files = files;
        this.vocabulary = vocabulary;
        this.accounts = accounts;
        this.measures = measures;
        this.system = system;
        setMaxWidth("70em");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse(null);
        inboxQuery = event.getLocation().getQueryParameters();
        build();
    }

    private void build() {
        removeAll();
        problem.setText("");
        add(backLink());
        TaskDetails details;
        try {
            details = workflow.openTask(taskId);
        } catch (AccessDeniedException e) {
            showUnavailable("workflow.error.notYourTask");
            return;
        } catch (TaskNotAvailableException e) {
            showUnavailable(e.messageKey());
            return;
        }
        TaskView task = details.task();
        title = getTranslation(task.step().messageKey());
        add(new H1(TaskText.step(this, task)));
        add(new H2(task.measureTitle()));

        HorizontalLayout facts = new HorizontalLayout();
        facts.setWrap(true);
        facts.add(fact("workflow.task.status", getTranslation(details.measureStatus().messageKey())));
        facts.add(fact("workflow.inbox.due", DateFormats.date(task.dueAt(), getLocale())));
        facts.add(fact("workflow.inbox.assignee",
                task.assignee() == null ? getTranslation("workflow.inbox.unassigned") : task.assignee()));
        add(facts);
        add(new MeasurePlaces(task.measureId(), null, MeasurePlaces.placesFor(accounts.currentUser().orElse(null),
                system.isPublished(task.measureId()))));
        previousSubmission(task.measureId(), details).ifPresent(this::add);

        HorizontalLayout claims = new HorizontalLayout();
        if (task.canClaim()) {
            claims.add(new Button(getTranslation("workflow.task.claim"), e -> act(() -> workflow.claim(taskId))));
        }
        if (task.canUnclaim()) {
            Button release = new Button(getTranslation("workflow.task.unclaim"), e -> act(() -> workflow.unclaim(taskId)));
            release.addThemeVariants(ButtonVariant.TERTIARY);
            claims.add(release);
        }
        add(claims);

        if (task.refusal() != null) {
            // four eyes: the decision buttons are not offered, and the page says why
            Paragraph refusal = new Paragraph(getTranslation(task.refusal()));
            refusal.setId("four-eyes-refusal");
            refusal.getElement().setAttribute("role", "status");
            refusal.getElement().getThemeList().add("badge contrast");
            refusal.getStyle().set("white-space", "normal");
            add(refusal);
        }
        if (task.canDecide()) {
            add(decisionForm(task));
        }
        add(problem);
        if (isAdmin()) {
            add(reassignForm());
        }
        add(new MeasureReadOnly(details, vocabulary, getLocale()));
        add(files.readOnly(task.measureId()));
    }

    /**
     * For a resubmission: the reason the earlier submission came back and what changed since, field by field.
     * Partners, who answer one question, do not read the measure's history and see neither.
     */
    private Optional<Div> previousSubmission(Long measureId, TaskDetails details) {
        Optional<PreviousSubmission> previous;
        try {
            previous = PreviousSubmission.of(workflow.timeline(measureId), measures.history(measureId), details.content());
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
        return previous.map(p -> {
            Div section = new Div();
            section.setId("previous-submission");
            section.add(new H2(getTranslation("workflow.task.sincePrevious",
                    DateFormats.dateTime(p.submitted().at(), getLocale()))));
            p.returned().ifPresent(r -> {
                Paragraph reason = new Paragraph(getTranslation("workflow.task.earlierReason",
                        getTranslation(r.step().messageKey()), r.actor(), DateFormats.dateTime(r.at(), getLocale()),
                        r.comment() == null ? "" : r.comment()));
                reason.setId("earlier-reason");
                reason.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
                section.add(reason);
            });
            if (p.changes().isEmpty()) {
                section.add(new Paragraph(getTranslation("workflow.task.noChanges")));
            } else {
                ChangesGrid changes = new ChangesGrid(vocabulary, getLocale());
                changes.setId("changes-since-previous");
                changes.setItems(p.changes());
                changes.setAriaLabel(getTranslation("workflow.task.changes"));
                section.add(changes);
            }
            return section;
        });
    }

    private VerticalLayout decisionForm(TaskView task) {
        comment.setLabel(getTranslation("workflow.task.comment"));
        comment.setHelp(getTranslation("workflow.task.commentHelp"));
        comment.setWidthFull();
        comment.setMinHeight("6em");
        comment.setInvalid(false);
        comment.clear();
        HorizontalLayout buttons = new HorizontalLayout();
        for (Decision decision : task.step().decisions()) {
            Button button = new Button(getTranslation(decision.messageKey()), e -> decide(decision));
            button.addThemeVariants(decision.reasonRequired() ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
            button.setId("decision-" + decision.name().toLowerCase(java.util.Locale.ROOT));
            buttons.add(button);
        }
        VerticalLayout form = new VerticalLayout(comment, buttons);
        form.setPadding(false);
        return form;
    }

    void decide(Decision decision) {
        comment.setInvalid(false);
        problem.setText("");
        if (decision.reasonRequired() && comment.getValue().isBlank()) {
            comment.setErrorMessage(getTranslation("workflow.error.reasonRequired"));
            comment.setInvalid(true);
            comment.focus();
            return;
        }
        if (!comment.withinLimit()) {
            return;
        }
        try {
            workflow.complete(taskId, decision, comment.getValue());
        } catch (ReasonRequiredException e) {
            comment.setErrorMessage(getTranslation(e.messageKey()));
            comment.setInvalid(true);
            return;
        } catch (TaskNotAvailableException e) {
            problem.setText(getTranslation(e.messageKey(), e.arguments()));
            return;
        } catch (FourEyesException e) {
            problem.setText(getTranslation(e.messageKey()));
            return;
        } catch (AccessDeniedException e) {
            problem.setText(getTranslation("workflow.error.notYourTask"));
            return;
        }
        Notification.show(getTranslation("workflow.task.done", getTranslation(decision.outcome().messageKey())), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("inbox", inboxQuery));
    }

    /** The new holder is chosen by name among the users entitled to the task now (not the submitter...). */
    private HorizontalLayout reassignForm() {
        List<ReassignCandidate> candidates = workflow.reassignCandidates(taskId);
        reassignTo.setLabel(getTranslation("workflow.task.reassignTo"));
        reassignTo.setItems(candidates);
        reassignTo.setItemLabelGenerator(c -> c.displayName() + " (" + c.username() + ")");
        reassignTo.setHelperText(getTranslation(candidates.isEmpty() ? "workflow.task.reassignNobody"
                : "workflow.task.reassignHelp"));
        reassignTo.setInvalid(false);
        reassignTo.setWidth("24em");
        reassignTo.setEnabled(!candidates.isEmpty());
        Button reassign = new Button(getTranslation("workflow.task.reassign"), e -> {
            ReassignCandidate chosen = reassignTo.getValue();
            if (chosen == null) {
                reassignTo.setErrorMessage(getTranslation("workflow.task.reassignChoose"));
                reassignTo.setInvalid(true);
                return;
            }
            try {
                workflow.reassign(taskId, chosen.username());
                build();
            } catch (NoSuchElementException | IllegalArgumentException ex) {
                reassignTo.setErrorMessage(getTranslation("workflow.error.cannotReassign", chosen.username()));
                reassignTo.setInvalid(true);
            } catch (TaskNotAvailableException ex) {
                problem.setText(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        reassign.setEnabled(!candidates.isEmpty());
        HorizontalLayout form = new HorizontalLayout(reassignTo, reassign);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void act(Runnable action) {
        try {
            action.run();
            build();
        } catch (TaskNotAvailableException e) {
            problem.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (FourEyesException e) {
            problem.setText(getTranslation(e.messageKey()));
        } catch (AccessDeniedException e) {
            problem.setText(getTranslation("workflow.error.notYourTask"));
        }
    }

    private void showUnavailable(String messageKey) {
        title = getTranslation("workflow.task.unavailable");
        add(new H1(title));
        Paragraph text = new Paragraph(getTranslation(messageKey));
        text.getElement().setAttribute("role", "alert");
        add(text);
    }

    private Anchor backLink() {
        String query = inboxQuery.getQueryString();
        return new Anchor("inbox" + (query.isEmpty() ? "" : "?" + query), "← " + getTranslation("workflow.task.back"));
    }

    private Span fact(String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + ": " + value);
        fact.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return fact;
    }

    private boolean isAdmin() {
        return accounts.currentUser().map(CurrentUser::isAdmin).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
