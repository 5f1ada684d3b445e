package org.policymonitor.measure.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.MeasureField;

/**
 * The sections of the official measure form, in its order, with the fields each one holds. The editor shows
 * one block per section and an outline that says how complete each section is.
 */
enum EditorSection {
    GENERAL(EnumSet.of(MeasureField.TITLE, MeasureField.AGENCIES)),
    DESCRIPTION(EnumSet.of(MeasureField.DESCRIPTION, MeasureField.WEBSITE, MeasureField.RESULTS)),
    RESOURCES(EnumSet.of(MeasureField.BUDGET_TEXT, MeasureField.BUDGET_USD)),
    PARTNERS(EnumSet.of(MeasureField.PARTNERS)),
    EVALUATION(EnumSet.of(MeasureField.EVALUATION, MeasureField.CONCLUSIONS)),
    CLASSIFICATION(EnumSet.of(MeasureField.GOALS, MeasureField.AREAS, MeasureField.DOMAINS)),
    /** The current form's questions on young people, developing countries, gender equality and the SDGs. */
    CROSS_CUTTING(EnumSet.of(MeasureField.TARGETS_YOUTH, MeasureField.PREFERENTIAL_TREATMENT,
            MeasureField.GENDER_EQUALITY, MeasureField.SDGS)),
    /** The 2012-2019 form's fields, read-only, shown only when the measure has some. */
    LEGACY(EnumSet.copyOf(Arrays.stream(MeasureField.values()).filter(MeasureField::isLegacy).toList()));

    /** How far a section is filled in, as the outline shows it. */
    enum State {
        /** Every counted field is filled in and valid. */
        COMPLETE,
        /** A required field is empty. */
        REQUIRED_MISSING,
        /** A value is wrong (too long, not a web address...). */
        NEEDS_CORRECTION,
        /** Only recommended fields are empty. */
        RECOMMENDED_MISSING,
        /** Nothing to fill in (the read-only legacy fields). */
        READ_ONLY
    }

    /** A section's completeness: its state and how many of its counted fields are filled in. */
    record Progress(State state, int filled, int counted) {
    }

    private final Set<MeasureField> fields;

    EditorSection(Set<MeasureField> fields) {
        this.fields = fields;
    }

    Set<MeasureField> fields() {
        return fields;
    }

    /** The id of the section's block in the page. */
    String anchor() {
        return "section-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    String messageKey() {
        return "measure.section." + name();
    }

    /** This section's share of the measure's completeness (the rules stay in {@link Completeness}). */
    Progress progress(Completeness completeness) {
        if (this == LEGACY) {
            return new Progress(State.READ_ONLY, 0, 0);
        }
        List<MeasureField> counted = completeness.counted().stream().filter(fields::contains).toList();
        long missingRequired = completeness.missingRequired().stream().filter(fields::contains).count();
        long missingRecommended = completeness.missingRecommended().stream().filter(fields::contains).count();
        boolean wrong = completeness.invalid().stream().anyMatch(p -> fields.contains(p.field()));
        int filled = (int) (counted.size() - missingRequired - missingRecommended);
        State state = wrong ? State.NEEDS_CORRECTION
                : missingRequired > 0 ? State.REQUIRED_MISSING
                : missingRecommended > 0 ? State.RECOMMENDED_MISSING : State.COMPLETE;
        return new Progress(state, filled, counted.size());
    }

    /** The section a field belongs to. */
    static EditorSection of(MeasureField field) {
        return Arrays.stream(values()).filter(s -> s.fields.contains(field)).findFirst().orElseThrow();
    }
}
