package org.policymonitor.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.YesNo;

/**
 * The fields that differ between two versions of a measure's content, as text. Walks the record's
 * components, so a field added to {@link MeasureContent} is audited without a change here.
 */
final class MeasureFieldDiff {

    record Change(String field, String oldValue, String newValue) {
    }

    private MeasureFieldDiff() {
    }

    static List<Change> between(MeasureContent before, MeasureContent after) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent component : MeasureContent.class.getRecordComponents()) {
            String old = render(before == null ? null : value(component, before));
            String now = render(value(component, after));
            if (!Objects.equals(old, now)) {
                changes.add(new Change(component.getName(), old, now));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, MeasureContent content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Null, blank, empty collections and an unanswered evaluation or question all read as "no value"; sets are sorted so order
     * does not count.
     */
    static String render(Object value) {
        String text = switch (value) {
            case null -> null;
            case Set<?> set -> set.stream().map(MeasureFieldDiff::render).sorted().collect(Collectors.joining("; "));
            case Collection<?> list -> list.stream().map(MeasureFieldDiff::render).collect(Collectors.joining("; "));
            case PartnerRow row -> Objects.toString(row.name(), "") + " (" + Objects.toString(row.entityType(), "") + ")";
            case java.math.BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case Evaluation e when e == Evaluation.NOT_ANSWERED -> null;
            case YesNo answer when answer == YesNo.NOT_ANSWERED -> null;
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
        return text == null || text.isBlank() ? null : text;
    }
}
