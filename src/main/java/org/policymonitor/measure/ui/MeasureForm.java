package org.policymonitor.measure.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.YesNo;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.vocabulary.Term;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The fields of the 2020 form in the sections of the official form ({@link EditorSection}): labels, the
 * guidance under each field, character counters, reading and filling the content, and the messages beside
 * the fields. Every change of any field (typing, ticking, choosing, a partner row) calls {@code onChange}.
 */
class MeasureForm extends Composite<Div> {

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
    final RadioButtonGroup<YesNo> targetsYouth = new RadioButtonGroup<>();
    final RadioButtonGroup<YesNo> preferentialTreatment = new RadioButtonGroup<>();
    final RadioButtonGroup<YesNo> genderEquality = new RadioButtonGroup<>();
    final CheckboxGroup<String> sdgs = new CheckboxGroup<>();

    private final VocabularyService vocabulary;
    private final FieldValues values;
    private final Runnable onChange;
    private final Map<MeasureField, HasValidation> errorTargets = new EnumMap<>(MeasureField.class);
    private final Set<MeasureField> shownErrors = new HashSet<>();
    private final Map<EditorSection, FormSection> sections = new EnumMap<>(EditorSection.class);
    private final AmountInput amount;
    private final InputChecks inputChecks;
    private boolean filling;

    MeasureForm(VocabularyService vocabulary, FieldValues values, Supplier<List<PartnerOrganisation>> organisations,
            Runnable onChange) {
        this.vocabulary = vocabulary;
        this.values = values;
        this.onChange = onChange;
        this.partners = new PartnerRowsEditor(vocabulary.terms(VocabularyKind.ENTITY_TYPE), organisations,
                this::getTranslation, t -> t.label(getLocale()), this::changed);
        label();
        guide();
        // no maximum length in the browser (it cuts a longer paste without a word): counted and refused here
        amount = new AmountInput(budgetUsd, getLocale(), this::getTranslation);
        inputChecks = new InputChecks(amount);
        Map.of(MeasureField.TITLE, title, MeasureField.DESCRIPTION, description, MeasureField.WEBSITE, website,
                MeasureField.RESULTS, results, MeasureField.BUDGET_TEXT, budgetText, MeasureField.CONCLUSIONS,
                conclusions).forEach((field, component) -> inputChecks.add(
                        new CharacterCounter(component, Completeness.limit(field), false, this::getTranslation)));
        inputChecks.add(new CharacterCounter(agencies, Completeness.limit(MeasureField.AGENCIES), true,
                this::getTranslation));
        listen();
        layOut();
    }

    private void label() {
        title.setLabel(getTranslation("measure.field.TITLE"));
        agencies.setLabel(getTranslation("measure.field.AGENCIES"));
        description.setLabel(getTranslation("measure.field.DESCRIPTION"));
        website.setLabel(getTranslation("measure.field.WEBSITE"));
        website.setPlaceholder("https://");
        results.setLabel(getTranslation("measure.field.RESULTS"));
        budgetText.setLabel(getTranslation("measure.field.BUDGET_TEXT"));
        budgetUsd.setLabel(getTranslation("measure.field.BUDGET_USD"));
        budgetUsd.setPrefixComponent(new Span("USD"));
        budgetUsd.setMaxWidth("16em");
        budgetUsd.setWidthFull();
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
        areas.setItemLabelGenerator(code -> values.label(VocabularyKind.AREA, code));
        domains.setLabel(getTranslation("measure.field.DOMAINS"));
        domains.setItems(codes(VocabularyKind.DOMAIN));
        domains.setItemLabelGenerator(code -> values.label(VocabularyKind.DOMAIN, code));
        for (RadioButtonGroup<YesNo> question : List.of(targetsYouth, preferentialTreatment, genderEquality)) {
            // yes or no only: no choice made is "not answered" (see read and fill)
            question.setItems(YesNo.YES, YesNo.NO);
            question.setItemLabelGenerator(answer -> getTranslation("measure.yesNo." + answer.name()));
        }
        targetsYouth.setLabel(getTranslation("measure.field.TARGETS_YOUTH"));
        preferentialTreatment.setLabel(getTranslation("measure.field.PREFERENTIAL_TREATMENT"));
        genderEquality.setLabel(getTranslation("measure.field.GENDER_EQUALITY"));
        sdgs.setLabel(getTranslation("measure.field.SDGS"));
        sdgs.setItems(codes(VocabularyKind.SDG));
        sdgs.setItemLabelGenerator(code -> values.label(VocabularyKind.SDG, code));
        for (TextArea area : List.of(description, results, budgetText, conclusions)) {
            area.setMinHeight("6em");
        }
        agencies.setMinHeight("4em");
        for (MeasureField field : Completeness.REQUIRED) {
            ((HasValue<?, ?>) component(field)).setRequiredIndicatorVisible(true);
        }
        showRequiredFor(FormVersion.FORM_2020);
        for (MeasureField field : MeasureField.values()) {
            if (!field.isLegacy() && field != MeasureField.PARTNERS) {
                errorTargets.put(field, (HasValidation) component(field));
            }
        }
        errorTargets.values().forEach(target -> target.setManualValidation(true));
    }

    /** The official form's guidance, in our words, under every field (before the character counter). */
    private void guide() {
        for (MeasureField field : MeasureField.values()) {
            if (field.isLegacy()) {
                continue;
            }
            String help = getTranslation("measure.help." + field.name());
            switch (component(field)) {
                case TextFieldBase<?, ?> text -> text.setHelperText(help);
                case CheckboxGroup<?> group -> group.setHelperText(help);
                case RadioButtonGroup<?> group -> group.setHelperText(help);
                case PartnerRowsEditor rows -> rows.setHelperText(help);
                default -> throw new IllegalStateException(field.name());
            }
        }
    }

    private void listen() {
        for (TextFieldBase<?, ?> text : List.<TextFieldBase<?, ?>>of(title, agencies, description, website, results,
                budgetText, budgetUsd, conclusions)) {
            // the value reaches the server while the user types (after a short pause), not only on leaving
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, agencies, description, website, results, budgetText,
                budgetUsd, evaluation, conclusions, areas, domains, targetsYouth, preferentialTreatment, genderEquality,
                sdgs)) {
            field.addValueChangeListener(e -> changed());
        }
        goals.addValueChangeListener(e -> {
            offerAreas();
            changed();
        });
        evaluation.addValueChangeListener(e -> conclusions.setVisible(e.getValue() == Evaluation.YES));
    }

    private void layOut() {
        for (EditorSection section : EditorSection.values()) {
            FormSection block = new FormSection(section, getTranslation(section.messageKey()));
            if (section != EditorSection.LEGACY) {
                section.fields().forEach(field -> block.add(component(field)));
            }
            sections.put(section, block);
            getContent().add(block);
        }
        sections.get(EditorSection.LEGACY).setVisible(false);
    }

    private void changed() {
        if (!filling) {
            onChange.run();
        }
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

    Component component(MeasureField field) {
        return switch (field) {
            case TITLE -> title;
            case AGENCIES -> agencies;
            case DESCRIPTION -> description;
            case WEBSITE -> website;
            case RESULTS -> results;
            case BUDGET_TEXT -> budgetText;
            case BUDGET_USD -> budgetUsd;
            case PARTNERS -> partners;
            case EVALUATION -> evaluation;
            case CONCLUSIONS -> conclusions;
            case GOALS -> goals;
            case AREAS -> areas;
            case DOMAINS -> domains;
            case TARGETS_YOUTH -> targetsYouth;
            case PREFERENTIAL_TREATMENT -> preferentialTreatment;
            case GENDER_EQUALITY -> genderEquality;
            case SDGS -> sdgs;
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    /** The current form's cross-cutting questions are required on it only (as {@link Completeness} says). */
    void showRequiredFor(FormVersion form) {
        boolean current = form == null || !form.isLegacy();
        for (MeasureField field : Completeness.CURRENT_FORM_REQUIRED) {
            ((HasValue<?, ?>) component(field)).setRequiredIndicatorVisible(current);
        }
    }

    FormSection section(EditorSection section) {
        return sections.get(section);
    }

    // ---- content ----

    void fill(MeasureContent c) {
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
            targetsYouth.setValue(choice(c.targetsYouth()));
            preferentialTreatment.setValue(choice(c.preferentialTreatment()));
            genderEquality.setValue(choice(c.genderEquality()));
            sdgs.setValue(c.sdgs());
        } finally {
            filling = false;
        }
        showLegacy(c);
    }

    /** The content as the form shows it; the legacy fields are taken from {@code legacyFields} as loaded. */
    MeasureContent read(MeasureContent legacyFields) {
        List<String> agencyLines = Arrays.stream(agencies.getValue().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new MeasureContent(blankToNull(title.getValue()), agencyLines, blankToNull(description.getValue()),
                blankToNull(website.getValue()), blankToNull(results.getValue()), blankToNull(budgetText.getValue()),
                amount.amount(), partners.getValue(), evaluation.getValue(), blankToNull(conclusions.getValue()),
                goals.getValue(), areas.getValue(), domains.getValue(), legacyFields.keyObjectives(),
                legacyFields.context(), legacyFields.scopes(), legacyFields.natures(), legacyFields.mainFeature(),
                legacyFields.resultsExpected(), legacyFields.financialResources(), answer(targetsYouth),
                answer(preferentialTreatment), answer(genderEquality), sdgs.getValue());
    }

    private static YesNo choice(YesNo answer) {
        return answer == YesNo.NOT_ANSWERED ? null : answer;
    }

    private static YesNo answer(RadioButtonGroup<YesNo> question) {
        return question.getValue() == null ? YesNo.NOT_ANSWERED : question.getValue();
    }

    /** Whether the amount field holds a text that is not one amount (the form then differs from any save). */
    boolean amountRefused() {
        return amount.isRefused();
    }

    InputChecks inputChecks() {
        return inputChecks;
    }

    void setEditable(boolean editable) {
        for (MeasureField field : errorTargets.keySet()) {
            ((HasValue<?, ?>) component(field)).setReadOnly(!editable);
        }
        partners.setReadOnly(!editable);
    }

    /** Whether the measure has 2012-2019 form fields (the legacy section is shown only then). */
    boolean hasLegacy() {
        return sections.get(EditorSection.LEGACY).isVisible();
    }

    private void showLegacy(MeasureContent c) {
        FormSection legacy = sections.get(EditorSection.LEGACY);
        legacy.clear();
        List<MeasureField> present = Arrays.stream(MeasureField.values())
                .filter(f -> f.isLegacy() && f.isFilledIn(c)).toList();
        legacy.setVisible(!present.isEmpty());
        for (MeasureField field : present) {
            Span label = new Span(getTranslation(field.messageKey()));
            label.getStyle().set("font-weight", "600");
            legacy.add(label, FieldValues.preWrap(values.format(field, field.valueIn(c))));
        }
    }

    // ---- messages beside the fields ----

    /**
     * Shows what is wrong: refused input first, then the problems. Missing values are shown only once the user
     * tried to save or submit ({@code all}), or once they were shown; wrong values at once.
     */
    void showProblems(List<Completeness.Problem> problems, boolean all) {
        List<Completeness.Problem> shown = all ? problems : problems.stream()
                .filter(p -> !p.messageKey().equals("measure.validation.required")
                        && !p.messageKey().equals("measure.validation.conclusionsExpected")
                        || shownErrors.contains(p.field()))
                .toList();
        clearErrors();
        inputChecks.show(); // what was typed and cannot be saved comes first
        for (Completeness.Problem problem : shown) {
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

    void clearErrors() {
        for (HasValidation target : errorTargets.values()) {
            target.setInvalid(false);
            target.setErrorMessage(null);
        }
        partners.setErrorMessage(null);
    }

    /** Forgets which missing values were shown (a newly loaded measure starts quiet). */
    void forgetShownErrors() {
        shownErrors.clear();
        clearErrors();
    }

    /** The message shown beside a field, or null. */
    String errorOf(MeasureField field) {
        HasValidation target = errorTargets.get(field);
        return target != null && target.isInvalid() ? target.getErrorMessage() : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
