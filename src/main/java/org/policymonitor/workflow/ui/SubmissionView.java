package org.policymonitor.workflow.ui;

import java.util.NoSuchElementException;

import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.ui.MeasureFiles;
import org.policymonitor.measure.ui.MeasurePlaces;
import org.policymonitor.measure.ui.WithdrawDialog;
import org.policymonitor.shared.DateFormats;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.PartyNames;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.ReasonRequiredException;
import org.policymonitor.workflow.StepLogEntry;
import org.policymonitor.workflow.SubmissionOverview;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskAudience;
import org.policymonitor.workflow.TaskView;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where a measure's submission stands: the process diagram (server-side SVG from the BPMN model) with the
 * current step highlighted, the open tasks, and the timeline of every step with who, when and the comment.
 * Administrators can cancel a running submission here. The service decides who may see it.
 */
@Route("submissions/:measureId")
@PermitAll
class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionWorkflow workflow;
    private final AccountService accounts;
    private final ReferenceData referenceData;
    private final MeasureService measures;
    private final MeasureEditing editing;
    private final MeasureFiles files;
    private Long measureId;
    private String title = "";
    private String overviewTitle = "";

    SubmissionView(SubmissionWorkflow workflow, AccountService accounts, ReferenceData referenceData,
            MeasureService measures, MeasureEditing editing, MeasureFiles files) {
        this.workflow = workflow;
        this.files = files;
        this.editing = editing;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.measures = measures;
        setMaxWidth("90em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        measureId = event.getRouteParameters().get("measureId").flatMap(SubmissionView::parseId).orElse(null);
        build();
    }

    private static java.util.Optional<Long> parseId(String raw) {
        try {
            return java.util.Optional.of(Long.valueOf(raw));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void build() {
        removeAll();
        SubmissionOverview overview;
        try {
            if (measureId == null) {
                throw new NoSuchElementException();
            }
            overview = workflow.overview(measureId);
        } catch (AccessDeniedException | NoSuchElementException e) {
            title = getTranslation("workflow.submission.unavailable");
            add(new H1(title));
            Paragraph text = new Paragraph(getTranslation("workflow.submission.notVisible"));
            text.getElement().setAttribute("role", "alert");
            add(text);
            return;
        }
        overviewTitle = overview.title();
        title = getTranslation("workflow.submission.title", overview.title());
        add(new MeasurePlaces(measureId, MeasurePlaces.Place.SUBMISSION, MeasurePlaces.placesFor(
                accounts.currentUser().orElse(null), measures.isPublished(measureId))));
        add(new H1(title));
        add(new Paragraph(getTranslation("workflow.submission.status", getTranslation(overview.status().messageKey()))));
        if (overview.status().isInProcess() && isEditorOfMeasure()) {
            add(withdrawButton());
        }

        add(new H2(getTranslation("workflow.submission.diagram")));
        Svg diagram = new Svg(workflow.diagram(measureId, this::diagramLabel,
                getTranslation("workflow.submission.diagramTitle", getTranslation(overview.status().messageKey()))));
        diagram.getElement().getStyle().set("width", "100%").set("min-width", "60em");
        Div scroller = new Div(diagram);
        scroller.getStyle().set("overflow-x", "auto").set("width", "100%");
        add(scroller);

        if (!overview.openTasks().isEmpty()) {
            add(new H2(getTranslation("workflow.submission.openTasks")));
            UnorderedList open = new UnorderedList();
            for (TaskView task : overview.openTasks()) {
                String text = TaskText.step(this, task) + " — " + getTranslation("workflow.submission.mustAct") + ": "
                        + mustAct(task) + " — " + getTranslation("workflow.inbox.due") + ": "
                        + DateFormats.date(task.dueAt(), getLocale());
                open.add(task.canDecide() || isAdmin() ? new ListItem(new Anchor("tasks/" + task.id(), text))
                        : new ListItem(text));
            }
            add(open);
        }

        add(new H2(getTranslation("workflow.submission.timeline")));
        Grid<StepLogEntry> timeline = new Grid<>();
        timeline.addColumn(e -> DateFormats.dateTime(e.at(), getLocale())).setHeader(getTranslation("workflow.timeline.when"))
                .setAutoWidth(true);
        timeline.addColumn(e -> getTranslation(e.step().messageKey())).setHeader(getTranslation("workflow.timeline.step"))
                .setAutoWidth(true);
        timeline.addColumn(e -> getTranslation(e.outcome().messageKey())
                + (e.subject() == null ? "" : " (" + e.subject() + ")"))
                .setHeader(getTranslation("workflow.timeline.outcome")).setAutoWidth(true);
        timeline.addColumn(e -> actorName(e.actor())).setHeader(getTranslation("workflow.timeline.who")).setAutoWidth(true);
        timeline.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader(getTranslation("workflow.timeline.comment"))
                .setFlexGrow(3);
        timeline.setItems(overview.timeline());
        timeline.setAllRowsVisible(true);
        timeline.setAriaLabel(getTranslation("workflow.submission.timeline"));
        add(timeline);
        add(files.readOnly(measureId));

        if (overview.canCancel()) {
            add(cancelForm());
        }
    }

    /** Who must act on an open task: whoever took it, else the groups it is offered to. */
    private String mustAct(TaskView task) {
        if (task.assignee() != null) {
            return getTranslation("workflow.submission.heldBy", actorName(task.assignee()));
        }
        return task.audience().stream().map(this::audienceName).collect(java.util.stream.Collectors.joining(", "));
    }

    private String audienceName(TaskAudience audience) {
        String name = audience.role() == Role.PARTNER
                ? referenceData.partnerOrganisation(audience.partnerOrganisationId()).map(PartnerOrganisation::getName)
                        .orElse(String.valueOf(audience.partnerOrganisationId()))
                : referenceData.party(audience.partyId()).map(p -> PartyNames.of(p, getLocale()))
                        .orElse(String.valueOf(audience.partyId()));
        return getTranslation("workflow.audience." + audience.role().name(), name);
    }

    private String diagramLabel(String elementId) {
        return getTranslation("workflow.diagram." + elementId);
    }

    private VerticalLayout cancelForm() {
        CommentField reason = new CommentField(getTranslation("workflow.submission.cancelReason"));
        reason.setWidthFull();
        Button cancel = new Button(getTranslation("workflow.submission.cancel"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("workflow.error.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            if (!reason.withinLimit()) {
                return;
            }
            confirmCancel(reason);
        });
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.setId("cancel-submission");
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("workflow.submission.cancelTitle")), reason, cancel);
        form.setPadding(false);
        return form;
    }

    /** Cancelling stops the whole submission: asked once more, saying what follows. */
    private void confirmCancel(CommentField reason) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-cancel-submission");
        confirm.setHeader(getTranslation("workflow.submission.cancelConfirmHeader"));
        confirm.setText(getTranslation("workflow.submission.cancelConfirmText", overviewTitle));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("workflow.submission.cancelConfirmNo"));
        confirm.setConfirmText(getTranslation("workflow.submission.cancelConfirmYes"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                workflow.cancel(measureId, reason.getValue());
                build();
            } catch (ReasonRequiredException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.open();
    }

    private String actorName(String username) {
        if (username == null || SubmissionWorkflow.SYSTEM.equals(username)) {
            return getTranslation("workflow.timeline.system");
        }
        return accounts.find(username).map(CurrentUser::displayName).map(name -> name + " (" + username + ")")
                .orElse(username);
    }

    /** Its editors may withdraw a measure at any step before publication (docs/measure-status.md). */
    private boolean isEditorOfMeasure() {
        Long ministryId = measures.find(measureId).map(m -> m.getMinistryId()).orElse(null);
        return accounts.currentUser().filter(u -> u.has(Role.EDITOR))
                .map(u -> ministryId != null && ministryId.equals(u.scope().ministryId())).orElse(false);
    }

    private Button withdrawButton() {
        Button withdraw = new Button(getTranslation("workflow.submission.withdraw"),
                e -> new WithdrawDialog(overviewTitle, reason -> {
                    editing.withdrawMine(measureId, reason);
                    build();
                }).open());
        withdraw.setId("withdraw-submission");
        withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return withdraw;
    }

    private boolean isAdmin() {
        return accounts.currentUser().map(CurrentUser::isAdmin).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
