package org.policymonitor.measure.ui;

import java.util.NoSuchElementException;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.IncompleteMeasureException;
import org.policymonitor.measure.InvalidMeasureContentException;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.StaleMeasureException;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.vocabulary.VocabularyService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * The measure editor: the 2020 form in the sections of the official form ({@link MeasureForm}) with an outline
 * of their completeness ({@link EditorOutline}), a sticky bar with the status, Save and Submit
 * ({@link EditorActionBar}); explicit save and autosave, conflict resolution, submit after a confirmation
 * ({@link SubmitConfirmation}) and withdraw.
 */
@Route("measures/:id/edit")
@RouteAlias(MeasureEditorView.NEW_ROUTE)
@RolesAllowed({Role.Names.EDITOR, Role.Names.CIVIL_SOCIETY})
@StyleSheet("context://styles/editor.css")
class MeasureEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String NEW_ROUTE = "measures/new";
    /** How often a draft with unsaved changes is saved on its own. */
    static final int AUTOSAVE_INTERVAL_MS = 60_000;

    private final MeasureEditing measures;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final FieldValues values;

    private final H1 heading = new H1();
    /** A civil-society contribution's organisation ("Reported by civil society: ..."); hidden for a ministry's measure. */
    final Span organisation = new Span();
    private final StatusReason statusReason = new StatusReason();
    final EditorPlaces places;
    /** The measure's files (annex module), below the form. */
    final Div annexes = new Div();
    private final MeasureFiles files;
    final MeasureForm form;
    final EditorOutline outline;
    final EditorActionBar bar = new EditorActionBar();
    final MissingLine missingText = new MissingLine();

    // the parts of the form and the bar as the tests name them
    final TextField title;
    final TextArea agencies;
    final TextArea description;
    final TextField website;
    final TextArea results;
    final TextArea budgetText;
    final TextField budgetUsd;
    final PartnerRowsEditor partners;
    final RadioButtonGroup<Evaluation> evaluation;
    final TextArea conclusions;
    final CheckboxGroup<String> goals;
    final CheckboxGroup<String> areas;
    final CheckboxGroup<String> domains;
    final Span saveState = bar.saveState;
    final Span completenessText = bar.completenessText;
    final ProgressBar completenessBar = bar.completenessBar;
    final Button save = bar.save;
    final Button submit = bar.submit;
    final Button withdraw = new Button();
    final Button history = new Button();

    /** The measure as last loaded or saved; null for a new measure not saved yet. */
    private MeasureDetails details;
    /** The content both this form and the database last agreed on (base of a three-way merge). */
    private MeasureContent saved = MeasureContent.empty();
    /** What the save state says while nothing is unsaved (who saved last, and when). */
    private String lastSaved = "";
    private boolean conflictOpen;
    /** The form of the current cycle, which a new measure is reported on. */
    private FormVersion newMeasureForm = FormVersion.FORM_2020;

    MeasureEditorView(MeasureEditing measures, VocabularyService vocabulary, ReferenceData referenceData,
            MeasureService measureService, AccountService accounts, MeasureFiles files) {
        this.measures = measures;
        this.accounts = accounts;
        this.files = files;
        this.places = new EditorPlaces(() -> accounts.currentUser().orElse(null), measureService::isPublished);
        this.referenceData = referenceData;
        this.values = new FieldValues(vocabulary, getLocale(), this::getTranslation);
        this.form = new MeasureForm(vocabulary, values,
                () -> referenceData.partnerOrganisationsFor(details == null ? null : details.partyId()), this::changed);
        this.outline = new EditorOutline(form::section);
        title = form.title;
        agencies = form.agencies;
        description = form.description;
        website = form.website;
        results = form.results;
        budgetText = form.budgetText;
        budgetUsd = form.budgetUsd;
        partners = form.partners;
        evaluation = form.evaluation;
        conclusions = form.conclusions;
        goals = form.goals;
        areas = form.areas;
        domains = form.domains;
        addClassName("measure-editor");
        setMaxWidth("76em");

        new AutosaveTimer(this, AUTOSAVE_INTERVAL_MS, this::autosave);

        save.addClickListener(e -> save(false));
        submit.addClickListener(e -> submit());
        withdraw.setText(getTranslation("measure.editor.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        withdraw.addClickListener(e -> new WithdrawDialog(details.content().title(), this::withdraw).open());
        history.setText(getTranslation("measure.editor.history"));
        history.addThemeVariants(ButtonVariant.TERTIARY);
        history.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeasureHistoryView.class,
                new RouteParameters("id", details.id().toString()))));
        Button back = new Button(getTranslation("measure.editor.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyMeasuresView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        Div links = new Div(history, withdraw, back);
        links.addClassName("editor-links");

        Div column = new Div(form, annexes);
        column.addClassName("editor-form");
        Div body = new Div(outline, column);
        body.addClassName("editor-body");
        organisation.addClassName("editor-organisation");
        annexes.addClassName("editor-annexes");
        add(places, heading, organisation, links, statusReason, bar, missingText, body);
    }

    // ---- navigation ----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            details = null;
            form.fill(MeasureContent.empty());
            form.forgetShownErrors();
            lastSaved = "";
            saveState.setText("");
            saved = readForm();
            ReportingCycle cycle = measures.currentCycle();
            newMeasureForm = FormVersion.ofCycle(cycle.getFormVersion());
            form.showRequiredFor(newMeasureForm);
            heading.setText(getTranslation("measure.editor.newTitle"));
            showOrganisation(accounts.currentUser().filter(u -> u.has(Role.CIVIL_SOCIETY))
                    .flatMap(u -> referenceData.partnerOrganisation(u.scope().partnerOrganisationId()))
                    .map(PartnerOrganisation::getName).orElse(null));
            bar.statusLine.setText(getTranslation("measure.editor.status",
                    getTranslation(MeasureStatus.DRAFT.messageKey()), cycle.getCode()));
            applyEditable(true);
            showFiles();
            refreshCompleteness();
            return;
        }
        try {
            load(measures.openForEditing(Long.valueOf(id.get())));
        } catch (AccessDeniedException | NoSuchElementException | NumberFormatException refused) {
            EditorActionBar.notify(getTranslation("measure.editor.notAllowed"), NotificationVariant.ERROR);
            event.forwardTo(MyMeasuresView.class);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty()) {
            return;
        }
        LeaveConfirmation.ask(event, () -> save(false), () -> saved = readForm());
    }

    // ---- loading and reading the form ----

    private void load(MeasureDetails loaded) {
        details = loaded;
        saved = loaded.content();
        form.fill(loaded.content());
        form.showRequiredFor(loaded.formVersion());
        heading.setText(loaded.isEditable() ? getTranslation("measure.editor.editTitle")
                : getTranslation("measure.editor.viewTitle"));
        applyEditable(loaded.isEditable());
        showStatus();
        form.forgetShownErrors();
        refreshCompleteness();
    }

    /** The organisation a civil-society contact drafts for; nothing for a ministry's measure. */
    private void showOrganisation(String name) {
        organisation.setVisible(name != null);
        organisation.setText(name == null ? "" : getTranslation("measure.editor.contributionOf", name));
    }

    private void showStatus() {
        showOrganisation(details.contributingOrganisationName());
        String cycle = referenceData.cycle(details.cycleId()).map(ReportingCycle::getCode).orElse("");
        bar.statusLine.setText(getTranslation("measure.editor.status", getTranslation(details.status().messageKey()),
                cycle));
        lastSaved = details.updatedAt() == null ? ""
                : getTranslation("measure.editor.lastChanged", details.updatedBy(),
                        values.dateTime(details.updatedAt(), zone()));
        saveState.setText(lastSaved);
        statusReason.show(details, values, zone());
        places.show(details, getLocale());
        showFiles();
    }

    private void showFiles() {
        annexes.removeAll();
        if (details == null) {
            annexes.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("annex.ui.saveFirst")));
        } else {
            annexes.add(details.isEditable() ? files.editable(details.id()) : files.readOnly(details.id()));
        }
    }

    private void applyEditable(boolean editable) {
        form.setEditable(editable);
        bar.setEditable(editable);
        history.setVisible(details != null);
        // an editor may withdraw at any step before publication, not only while the measure is with them
        withdraw.setVisible(details != null && details.status().canMoveTo(MeasureStatus.WITHDRAWN));
    }

    /** The content as the form shows it; legacy fields are kept as loaded. */
    MeasureContent readForm() {
        return form.read(details == null ? MeasureContent.empty() : details.content());
    }

    /** The form the measure is reported on; a new measure is on its cycle's form. */
    private FormVersion formVersion() {
        return details != null ? details.formVersion() : newMeasureForm;
    }

    /** Unsaved changes: the form differs from what was last saved (in ways a user can see). */
    boolean isDirty() {
        return (details == null || details.isEditable())
                && (form.amountRefused() || !readForm().normalised().equals(saved.normalised()));
    }

    // ---- completeness and validation ----

    /** Any field changed (typed, ticked, chosen, a partner row): completeness and the save state follow. */
    private void changed() {
        refreshCompleteness();
        saveState.setText(isDirty() ? getTranslation("measure.editor.unsaved") : lastSaved);
    }

    private void refreshCompleteness() {
        Completeness completeness = Completeness.of(readForm(), formVersion());
        bar.showCompleteness(completeness);
        outline.refresh(completeness);
        missingText.show(completeness);
        // values that are wrong are flagged at once; missing values only once the user tried to save or submit
        form.showProblems(completeness.blockingProblems(), false);
    }

    /** The message shown beside a field, or null. */
    String errorOf(MeasureField field) {
        return form.errorOf(field);
    }

    // ---- saving ----

    /** Saves the form; returns false when nothing was saved (a conflict is then shown). */
    boolean save(boolean automatic) {
        InputChecks inputChecks = form.inputChecks();
        if (!inputChecks.allPass()) {
            refreshCompleteness();
            String refused = getTranslation("measure.editor.inputRefused", inputChecks.firstMessage());
            saveState.setText(refused);
            if (!automatic) {
                EditorActionBar.notify(refused, NotificationVariant.ERROR);
            }
            return false;
        }
        MeasureContent content = readForm();
        boolean isNew = details == null;
        try {
            MeasureDetails result = isNew ? measures.createMyDraft(content)
                    : measures.saveMine(details.id(), details.version(), content);
            details = result;
            saved = content;
            if (isNew) {
                heading.setText(getTranslation("measure.editor.editTitle"));
                applyEditable(true);
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "measures/" + result.id() + "/edit"));
            }
            showStatus();
            Completeness completeness = Completeness.of(content, formVersion());
            if (automatic) {
                lastSaved = getTranslation("measure.editor.autosaved", details.updatedBy(), values.time(details.updatedAt(), zone()));
                saveState.setText(lastSaved);
            } else {
                form.showProblems(completeness.blockingProblems(), true);
                EditorActionBar.notify(completeness.isComplete() ? getTranslation("measure.editor.saved")
                        : getTranslation("measure.editor.savedIncomplete", completeness.blockingProblems().size()),
                        NotificationVariant.SUCCESS);
            }
            refreshCompleteness();
            return true;
        } catch (StaleMeasureException stale) {
            openConflict(content);
            return false;
        } catch (InvalidMeasureContentException refused) {
            form.showProblems(refused.problems(), true);
            String first = refused.problems().stream().findFirst()
                    .map(p -> getTranslation(p.messageKey(), p.argument())).orElse("");
            String message = getTranslation("measure.editor.saveRefused", refused.problems().size(), first);
            saveState.setText(message);
            if (!automatic) {
                EditorActionBar.notify(message, NotificationVariant.ERROR);
            }
            return false;
        }
    }

    /** Called by the poll timer: saves a draft with unsaved changes, never over someone else's newer save. */
    void autosave() {
        if (conflictOpen || !isDirty()) {
            return;
        }
        save(true);
    }

    private void openConflict(MeasureContent mine) {
        conflictOpen = true;
        MeasureDetails latest = measures.openForEditing(details.id());
        ConflictDialog dialog = new ConflictDialog(values, saved, mine, latest, getLocale(), this::getTranslation);
        dialog.onKeepMine(merged -> {
            details = latest;
            saved = latest.content(); // the base of any further merge is now the newer version
            conflictOpen = false;
            form.fill(merged);
            dialog.close();
            save(false);
        });
        dialog.onTakeTheirs(() -> {
            conflictOpen = false;
            load(latest);
            dialog.close();
            EditorActionBar.notify(getTranslation("measure.conflict.reloaded"), null);
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                conflictOpen = false;
            }
        });
        dialog.open();
    }

    // ---- submitting and withdrawing ----

    /** Saves what is unsaved, then refuses an incomplete measure or asks to confirm what will be sent. */
    void submit() {
        if (isDirty() && !save(false)) {
            return;
        }
        Completeness completeness = Completeness.of(readForm(), formVersion());
        if (details == null || !completeness.isComplete()) {
            refuseSubmission(completeness);
            return;
        }
        String ministry = referenceData.ministry(details.ministryId()).map(Ministry::getName).orElse("");
        String cycle = referenceData.cycle(details.cycleId()).map(ReportingCycle::getCode).orElse("");
        new SubmitConfirmation(new SubmitConfirmation.Summary(details.content().title(), ministry,
                details.contributingOrganisationName(), cycle, completeness), form::section, this::submitConfirmed).open();
    }

    private void submitConfirmed() {
        try {
            load(measures.submitMine(details.id()));
            EditorActionBar.notify(getTranslation("measure.editor.submitted"), NotificationVariant.SUCCESS);
        } catch (IncompleteMeasureException incomplete) {
            refuseSubmission(incomplete.completeness());
        }
    }

    private void refuseSubmission(Completeness completeness) {
        form.showProblems(completeness.blockingProblems(), true);
        EditorActionBar.notify(getTranslation("measure.editor.submitRefused", completeness.blockingProblems().size()),
                NotificationVariant.ERROR);
    }

    void withdraw(String reason) {
        if (isDirty() && !save(false)) {
            return;
        }
        load(measures.withdrawMine(details.id(), reason));
        EditorActionBar.notify(getTranslation("measure.withdraw.done"), null);
    }

    MeasureDetails details() {
        return details;
    }

    private java.time.ZoneId zone() {
        return FieldValues.zoneOf(getUI().orElse(null));
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isEmpty() ? getTranslation("measure.editor.editTitle") : heading.getText();
    }
}
