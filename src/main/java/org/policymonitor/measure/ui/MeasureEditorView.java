package org.policymonitor.measure.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.IncompleteMeasureException;
import org.policymonitor.measure.InvalidMeasureContentException;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.StaleMeasureException;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.Role;
import org.policymonitor.vocabulary.Term;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

/**
 * The measure editor: every field of the 2020 form, legacy fields read-only, completeness and validation
 * beside the fields, explicit save and autosave, conflict resolution, submit and withdraw.
 */
@Route("measures/:id/edit")
@RouteAlias(MeasureEditorView.NEW_ROUTE)
@RolesAllowed(Role.Names.EDITOR)
class MeasureEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String NEW_ROUTE = "measures/new";
    /** How often a draft with unsaved changes is saved on its own. */
    static final int AUTOSAVE_INTERVAL_MS = 60_000;

    private final MeasureEditing measures;
    private final VocabularyService vocabulary;
    private final ReferenceData referenceData;
    private final FieldValues values;

    private final H1 heading = new H1();
    private final Span statusLine = new Span();
    private final Div statusReason = new Div();
    final Span saveState = new Span();
    final ProgressBar completenessBar = new ProgressBar(0, 100);
    final Span completenessText = new Span();
    final Span missingText = new Span();
    private final Div legacy = new Div();

    final TextField title = new TextField();
    final TextArea agencies = new TextArea();
    final TextArea description = new TextArea();
    final TextField website = new TextField();
    final TextArea results = new TextArea();
    final TextArea budgetText = new TextArea();
    final TextField budgetUsd = new TextField();
    final PartnerRowsEditor partners;
    final RadioButtonGroup<Evaluation> evaluation = new RadioButtonGroup<>();
    final TextArea conclusions = new TextArea();
    final CheckboxGroup<String> goals = new CheckboxGroup<>();
    final CheckboxGroup<String> areas = new CheckboxGroup<>();
    final CheckboxGroup<String> domains = new CheckboxGroup<>();

    final Button save = new Button();
    final Button submit = new Button();
    final Button withdraw = new Button();
    final Button history = new Button();

    private final Map<MeasureField, HasValidation> errorTargets = new EnumMap<>(MeasureField.class);
    private final Set<MeasureField> shownErrors = new HashSet<>();
    private AmountInput amount;
    private InputChecks inputChecks;

    /** The measure as last loaded or saved; null for a new measure not saved yet. */
    private MeasureDetails details;
    /** The content both this form and the database last agreed on (base of a three-way merge). */
    private MeasureContent saved = MeasureContent.empty();
    private boolean filling;
    private boolean conflictOpen;
    private Registration pollRegistration;

    MeasureEditorView(MeasureEditing measures, VocabularyService vocabulary, ReferenceData referenceData) {
        this.measures = measures;
        this.vocabulary = vocabulary;
        this.referenceData = referenceData;
        this.values = new FieldValues(vocabulary, getLocale(), this::getTranslation);
        this.partners = new PartnerRowsEditor(vocabulary.terms(VocabularyKind.ENTITY_TYPE),
                () -> referenceData.partnerOrganisationsFor(details == null ? null : details.partyId()),
                this::getTranslation, t -> t.label(getLocale()), this::changed);
        setMaxWidth("70em");

        completenessBar.setWidth("12em");
        completenessBar.getElement().setAttribute("aria-labelledby", "completeness-text");
        completenessText.setId("completeness-text");
        HorizontalLayout state = new HorizontalLayout(statusLine, completenessText, completenessBar, saveState);
        state.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        state.setWrap(true);
        missingText.getStyle().set("color", "var(--lumo-secondary-text-color)");
        statusReason.setId("status-reason");
        statusReason.getElement().setAttribute("role", "status");
        statusReason.getStyle().set("white-space", "pre-wrap").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-error-color)").set("background", "var(--lumo-contrast-5pct)");
        statusReason.setVisible(false);
        add(heading, state, statusReason, missingText);

        legacy.setVisible(false);
        add(legacy);

        configureFields();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(title, agencies, description, website, results, budgetText, budgetUsd, partners, evaluation,
                conclusions, goals, areas, domains);
        add(form);

        save.setText(getTranslation("measure.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(false));
        submit.setText(getTranslation("measure.editor.submit"));
        submit.addThemeVariants(ButtonVariant.SUCCESS);
        submit.addClickListener(e -> submit());
        withdraw.setText(getTranslation("measure.editor.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        withdraw.addClickListener(e -> openWithdrawDialog());
        history.setText(getTranslation("measure.editor.history"));
        history.addThemeVariants(ButtonVariant.TERTIARY);
        history.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeasureHistoryView.class,
                new RouteParameters("id", details.id().toString()))));
        Button back = new Button(getTranslation("measure.editor.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyMeasuresView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(save, submit, withdraw, history, back);
        buttons.setWrap(true);
        add(buttons);
    }

    private void configureFields() {
        title.setLabel(getTranslation("measure.field.TITLE"));
        agencies.setLabel(getTranslation("measure.field.AGENCIES"));
        agencies.setHelperText(getTranslation("measure.editor.agencies.help"));
        description.setLabel(getTranslation("measure.field.DESCRIPTION"));
        website.setLabel(getTranslation("measure.field.WEBSITE"));
        website.setPlaceholder("https://");
        results.setLabel(getTranslation("measure.field.RESULTS"));
        budgetText.setLabel(getTranslation("measure.field.BUDGET_TEXT"));
        budgetText.setHelperText(getTranslation("measure.editor.budgetText.help"));
        budgetUsd.setLabel(getTranslation("measure.field.BUDGET_USD"));
        budgetUsd.setHelperText(getTranslation("measure.editor.budgetUsd.help"));
        budgetUsd.setPrefixComponent(new Span("USD"));
        budgetUsd.setWidth("16em");
        budgetUsd.getElement().setAttribute("inputmode", "decimal");
        evaluation.setLabel(getTranslation("measure.field.EVALUATION"));
        evaluation.setItems(Evaluation.YES, Evaluation.NO, Evaluation.NOT_ANSWERED);
        evaluation.setItemLabelGenerator(e -> getTranslation("measure.evaluation." + e.name()));
        conclusions.setLabel(getTranslation("measure.field.CONCLUSIONS"));
        conclusions.setRequiredIndicatorVisible(true);
        goals.setLabel(getTranslation("measure.field.GOALS"));
        goals.setItems(codes(VocabularyKind.GOAL));
        goals.setItemLabelGenerator(code -> values.label(VocabularyKind.GOAL, code));
        areas.setLabel(getTranslation("measure.field.AREAS"));
        areas.setHelperText(getTranslation("measure.editor.areas.help"));
        areas.setItemLabelGenerator(code -> values.label(VocabularyKind.AREA, code));
        domains.setLabel(getTranslation("measure.field.DOMAINS"));
        domains.setItems(codes(VocabularyKind.DOMAIN));
        domains.setItemLabelGenerator(code -> values.label(VocabularyKind.DOMAIN, code));

        for (TextArea area : List.of(agencies, description, results, budgetText, conclusions)) {
            area.setMinHeight("6em");
        }
        agencies.setMinHeight("4em");
        for (MeasureField field : Completeness.REQUIRED) {
            HasValue<?, ?> target = (HasValue<?, ?>) fieldComponent(field);
            target.setRequiredIndicatorVisible(true);
        }
        errorTargets.put(MeasureField.TITLE, title);
        errorTargets.put(MeasureField.AGENCIES, agencies);
        errorTargets.put(MeasureField.DESCRIPTION, description);
        errorTargets.put(MeasureField.WEBSITE, website);
        errorTargets.put(MeasureField.RESULTS, results);
        errorTargets.put(MeasureField.BUDGET_TEXT, budgetText);
        errorTargets.put(MeasureField.BUDGET_USD, budgetUsd);
        errorTargets.put(MeasureField.EVALUATION, evaluation);
        errorTargets.put(MeasureField.CONCLUSIONS, conclusions);
        errorTargets.put(MeasureField.GOALS, goals);
        errorTargets.put(MeasureField.AREAS, areas);
        errorTargets.put(MeasureField.DOMAINS, domains);
        for (HasValidation target : errorTargets.values()) {
            target.setManualValidation(true);
        }

        // no maximum length in the browser (it cuts a longer paste without a word): counted and refused here
        amount = new AmountInput(budgetUsd, getLocale(), this::getTranslation);
        inputChecks = new InputChecks(amount);
        Map.of(MeasureField.TITLE, title, MeasureField.DESCRIPTION, description, MeasureField.WEBSITE, website,
                MeasureField.RESULTS, results, MeasureField.BUDGET_TEXT, budgetText, MeasureField.CONCLUSIONS,
                conclusions).forEach((field, component) -> inputChecks.add(
                        new CharacterCounter(component, Completeness.limit(field), false, this::getTranslation)));
        inputChecks.add(new CharacterCounter(agencies, Completeness.limit(MeasureField.AGENCIES), true,
                this::getTranslation));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, agencies, description, website, results, budgetText,
                conclusions)) {
            ((com.vaadin.flow.data.value.HasValueChangeMode) field).setValueChangeMode(ValueChangeMode.LAZY);
        }
        budgetUsd.setValueChangeMode(ValueChangeMode.LAZY);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, agencies, description, website, results, budgetText,
                budgetUsd, evaluation, conclusions, areas, domains)) {
            field.addValueChangeListener(e -> changed());
        }
        goals.addValueChangeListener(e -> {
            offerAreas();
            changed();
        });
        evaluation.addValueChangeListener(e -> conclusions.setVisible(e.getValue() == Evaluation.YES));
    }

    private List<String> codes(VocabularyKind kind) {
        return vocabulary.terms(kind).stream().map(Term::code).toList();
    }

    /** Areas of monitoring follow the chosen goals; chosen areas that no longer apply are dropped. */
    private void offerAreas() {
        List<String> offered = vocabulary.areasForGoals(goals.getValue()).stream().map(Term::code).toList();
        Set<String> keep = areas.getValue().stream().filter(offered::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        areas.setItems(offered);
        areas.setValue(keep);
    }

    private Component fieldComponent(MeasureField field) {
        return switch (field) {
            case TITLE -> title;
            case AGENCIES -> agencies;
            case DESCRIPTION -> description;
            case GOALS -> goals;
            case AREAS -> areas;
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    // ---- navigation ----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            details = null;
            fill(MeasureContent.empty());
            showLegacy(MeasureContent.empty());
            clearErrors();
            saveState.setText("");
            saved = readForm();
            ReportingCycle cycle = measures.currentCycle();
            heading.setText(getTranslation("measure.editor.newTitle"));
            statusLine.setText(getTranslation("measure.editor.status", getTranslation(MeasureStatus.DRAFT.messageKey()),
                    cycle.getCode()));
            applyEditable(true);
            refreshCompleteness();
            return;
        }
        try {
            load(measures.openForEditing(Long.valueOf(id.get())));
        } catch (AccessDeniedException | NoSuchElementException | NumberFormatException refused) {
            Notification.show(getTranslation("measure.editor.notAllowed")).addThemeVariants(NotificationVariant.ERROR);
            event.forwardTo(MyMeasuresView.class);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("measure.leave.header"));
        confirm.setText(getTranslation("measure.leave.text"));
        confirm.setConfirmText(getTranslation("measure.leave.save"));
        confirm.addConfirmListener(e -> {
            if (save(false)) {
                action.proceed();
            }
        });
        confirm.setRejectable(true);
        confirm.setRejectText(getTranslation("measure.leave.discard"));
        confirm.addRejectListener(e -> {
            saved = readForm();
            action.proceed();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("measure.leave.stay"));
        confirm.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(AUTOSAVE_INTERVAL_MS);
        pollRegistration = ui.addPollListener(e -> autosave());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    // ---- loading and reading the form ----

    private void load(MeasureDetails loaded) {
        details = loaded;
        saved = loaded.content();
        fill(loaded.content());
        heading.setText(loaded.isEditable() ? getTranslation("measure.editor.editTitle")
                : getTranslation("measure.editor.viewTitle"));
        applyEditable(loaded.isEditable());
        showStatus();
        showLegacy(loaded.content());
        clearErrors();
        refreshCompleteness();
    }

    private void showStatus() {
        String cycle = referenceData.cycle(details.cycleId()).map(ReportingCycle::getCode).orElse("");
        statusLine.setText(getTranslation("measure.editor.status", getTranslation(details.status().messageKey()), cycle));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        saveState.setText(details.updatedAt() == null ? ""
                : getTranslation("measure.editor.lastChanged", details.updatedBy(), when.format(details.updatedAt())));
        boolean returned = details.status() == MeasureStatus.RETURNED && details.statusReason() != null;
        statusReason.setVisible(returned);
        statusReason.setText(returned ? getTranslation("measure.editor.returnedBecause", details.statusChangedBy(),
                details.statusChangedAt() == null ? "" : when.format(details.statusChangedAt()), details.statusReason())
                : "");
    }

    private void applyEditable(boolean editable) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, agencies, description, website, results, budgetText,
                budgetUsd, evaluation, conclusions, goals, areas, domains)) {
            field.setReadOnly(!editable);
        }
        partners.setReadOnly(!editable);
        save.setVisible(editable);
        submit.setVisible(editable);
        history.setVisible(details != null);
        withdraw.setVisible(details != null && details.status().canMoveTo(MeasureStatus.WITHDRAWN)
                && (editable || details.status() == MeasureStatus.SUBMITTED));
    }

    private void fill(MeasureContent c) {
        filling = true;
        try {
            title.setValue(nullToEmpty(c.title()));
            agencies.setValue(String.join("\n", c.agencies()));
            description.setValue(nullToEmpty(c.description()));
            website.setValue(nullToEmpty(c.website()));
            results.setValue(nullToEmpty(c.results()));
            budgetText.setValue(nullToEmpty(c.budgetText()));
            amount.setAmount(c.budgetUsd());
            partners.setValue(c.partners());
            evaluation.setValue(c.evaluation());
            conclusions.setValue(nullToEmpty(c.conclusions()));
            conclusions.setVisible(c.evaluation() == Evaluation.YES);
            goals.setValue(c.goals());
            offerAreas();
            Set<String> offered = new LinkedHashSet<>(areas.getListDataView().getItems().toList());
            if (!offered.containsAll(c.areas())) {
                // an older measure may carry areas outside today's goal mapping: keep showing them
                offered.addAll(c.areas());
                areas.setItems(offered);
            }
            areas.setValue(c.areas());
            domains.setValue(c.domains());
        } finally {
            filling = false;
        }
    }

    /** The content as the form shows it; legacy fields are kept as loaded. */
    MeasureContent readForm() {
        MeasureContent legacyFields = details == null ? MeasureContent.empty() : details.content();
        List<String> agencyLines = Arrays.stream(agencies.getValue().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new MeasureContent(blankToNull(title.getValue()), agencyLines, blankToNull(description.getValue()),
                blankToNull(website.getValue()), blankToNull(results.getValue()), blankToNull(budgetText.getValue()),
                amount.amount(), partners.getValue(), evaluation.getValue(), blankToNull(conclusions.getValue()),
                goals.getValue(), areas.getValue(), domains.getValue(), legacyFields.keyObjectives(),
                legacyFields.context(), legacyFields.scopes(), legacyFields.natures(), legacyFields.mainFeature(),
                legacyFields.resultsExpected(), legacyFields.financialResources());
    }

    /** Unsaved changes: the form differs from what was last saved (in ways a user can see). */
    boolean isDirty() {
        return (details == null || details.isEditable())
                && (amount.isRefused() || !readForm().normalised().equals(saved.normalised()));
    }

    private void showLegacy(MeasureContent c) {
        legacy.removeAll();
        List<MeasureField> present = Arrays.stream(MeasureField.values())
                .filter(f -> f.isLegacy() && f.isFilledIn(c)).toList();
        legacy.setVisible(!present.isEmpty());
        if (present.isEmpty()) {
            return;
        }
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        for (MeasureField field : present) {
            Span label = new Span(getTranslation(field.messageKey()));
            label.getStyle().set("font-weight", "600");
            content.add(label, FieldValues.preWrap(values.format(field, field.valueIn(c))));
        }
        Details section = new Details(getTranslation("measure.editor.legacy"), content);
        section.setOpened(true);
        legacy.add(section);
    }

    // ---- completeness and validation ----

    private void changed() {
        if (filling) {
            return;
        }
        refreshCompleteness();
        saveState.setText(isDirty() ? getTranslation("measure.editor.unsaved") : saveState.getText());
    }

    private void refreshCompleteness() {
        Completeness completeness = Completeness.of(readForm());
        completenessBar.setValue(completeness.score());
        completenessText.setText(getTranslation("measure.completeness.score", completeness.score()));
        List<String> missing = completeness.missingRequired().stream().map(f -> getTranslation(f.messageKey())).toList();
        List<String> recommended = completeness.missingRecommended().stream().map(f -> getTranslation(f.messageKey()))
                .toList();
        StringBuilder text = new StringBuilder();
        if (!missing.isEmpty()) {
            text.append(getTranslation("measure.completeness.missing", String.join(", ", missing)));
        }
        if (!recommended.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(
                    getTranslation("measure.completeness.recommended", String.join(", ", recommended)));
        }
        missingText.setText(text.toString());
        // values that are wrong are flagged at once; missing values only once the user tried to save or submit
        List<Completeness.Problem> problems = completeness.blockingProblems().stream()
                .filter(p -> p.messageKey().equals("measure.validation.required")
                        || p.messageKey().equals("measure.validation.conclusionsExpected")
                        ? shownErrors.contains(p.field()) : true)
                .toList();
        showErrors(problems);
    }

    private void showErrors(List<Completeness.Problem> problems) {
        clearErrors();
        inputChecks.show(); // what was typed and cannot be saved comes first
        for (Completeness.Problem problem : problems) {
            String message = getTranslation(problem.messageKey(), problem.argument());
            shownErrors.add(problem.field());
            HasValidation target = errorTargets.get(problem.field());
            if (target != null) {
                if (!target.isInvalid()) {
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                }
            } else if (problem.field() == MeasureField.PARTNERS) {
                partners.setErrorMessage(message);
            }
        }
    }

    private void clearErrors() {
        for (HasValidation target : errorTargets.values()) {
            target.setInvalid(false);
            target.setErrorMessage(null);
        }
        partners.setErrorMessage(null);
        shownErrors.retainAll(Set.of());
    }

    /** The message shown beside a field, or null. */
    String errorOf(MeasureField field) {
        HasValidation target = errorTargets.get(field);
        return target != null && target.isInvalid() ? target.getErrorMessage() : null;
    }

    // ---- saving ----

    /** Saves the form; returns false when nothing was saved (a conflict is then shown). */
    boolean save(boolean automatic) {
        if (!inputChecks.allPass()) {
            refreshCompleteness();
            String refused = getTranslation("measure.editor.inputRefused", inputChecks.firstMessage());
            saveState.setText(refused);
            if (!automatic) {
                Notification.show(refused).addThemeVariants(NotificationVariant.ERROR);
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
            if (automatic) {
                saveState.setText(getTranslation("measure.editor.autosaved", details.updatedBy()));
            } else {
                Completeness completeness = Completeness.of(content);
                showErrors(completeness.blockingProblems());
                Notification.show(completeness.isComplete() ? getTranslation("measure.editor.saved")
                        : getTranslation("measure.editor.savedIncomplete", completeness.blockingProblems().size()))
                        .addThemeVariants(NotificationVariant.SUCCESS);
            }
            refreshCompleteness();
            return true;
        } catch (StaleMeasureException stale) {
            openConflict(content);
            return false;
        } catch (InvalidMeasureContentException refused) {
            showErrors(refused.problems());
            String first = refused.problems().stream().findFirst()
                    .map(p -> getTranslation(p.messageKey(), p.argument())).orElse("");
            saveState.setText(getTranslation("measure.editor.saveRefused", refused.problems().size(), first));
            if (!automatic) {
                Notification.show(getTranslation("measure.editor.saveRefused", refused.problems().size(), first))
                        .addThemeVariants(NotificationVariant.ERROR);
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
            fill(merged);
            dialog.close();
            save(false);
        });
        dialog.onTakeTheirs(() -> {
            conflictOpen = false;
            load(latest);
            dialog.close();
            Notification.show(getTranslation("measure.conflict.reloaded"));
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                conflictOpen = false;
            }
        });
        dialog.open();
    }

    void submit() {
        if (isDirty() && !save(false)) {
            return;
        }
        if (details == null) {
            return;
        }
        try {
            load(measures.submitMine(details.id()));
            Notification.show(getTranslation("measure.editor.submitted")).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (IncompleteMeasureException incomplete) {
            showErrors(incomplete.completeness().blockingProblems());
            Notification.show(getTranslation("measure.editor.submitRefused",
                    incomplete.completeness().blockingProblems().size())).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void openWithdrawDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("measure.withdraw.header"));
        TextArea reason = new TextArea(getTranslation("measure.withdraw.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        CharacterCounter reasonLength = new CharacterCounter(reason, 2000, false, this::getTranslation);
        Button confirm = new Button(getTranslation("measure.withdraw.confirm"), e -> {
            if (reasonLength.show()) {
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("measure.withdraw.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            withdraw(reason.getValue());
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("measure.withdraw.cancel"), e -> dialog.close());
        dialog.add(new Span(getTranslation("measure.withdraw.text")), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    void withdraw(String reason) {
        if (isDirty() && !save(false)) {
            return;
        }
        load(measures.withdrawMine(details.id(), reason));
        Notification.show(getTranslation("measure.withdraw.done"));
    }

    MeasureDetails details() {
        return details;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isEmpty() ? getTranslation("measure.editor.editTitle") : heading.getText();
    }
}
