package org.policymonitor.measure;

import java.util.ArrayList;
import java.util.List;

/** One field that differs between two versions of a measure's content. */
public record FieldChange(MeasureField field, Object before, Object after) {

    /** Field-by-field differences from {@code before} to {@code after}, in form order. */
    public static List<FieldChange> between(MeasureContent before, MeasureContent after) {
        List<FieldChange> changes = new ArrayList<>();
        for (MeasureField field : MeasureField.values()) {
            if (!field.sameValue(before, after)) {
                changes.add(new FieldChange(field, field.valueIn(before), field.valueIn(after)));
            }
        }
        return changes;
    }
}
