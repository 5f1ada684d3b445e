package org.policymonitor.tracking.ui;

import org.policymonitor.shared.DateFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.policymonitor.party.PartyNames;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.shell.ui.NarrowScreen;
import org.policymonitor.tracking.TrackedMeasure;

import com.vaadin.flow.component.grid.Grid;

/** A grid of tracked measures; overdue ones say why in words with an icon (a badge), not only by colour. A row opens the submission. */
final class MeasureGrid {

    private MeasureGrid() {
    }

    static Grid<TrackedMeasure> create(Locale locale, BiFunction<String, Object[], String> tr, ReferenceData parties) {
        Grid<TrackedMeasure> grid = new Grid<>();
        List<Grid.Column<TrackedMeasure>> secondary = new ArrayList<>();
        secondary.add(grid.addColumn(TrackedMeasure::measureId).setHeader(t(tr, "tracking.measure.id")).setAutoWidth(true));
        grid.addColumn(TrackedMeasure::title).setHeader(t(tr, "tracking.measure.title")).setFlexGrow(2);
        grid.addColumn(m -> parties.party(m.partyId()).map(p -> PartyNames.of(p, locale)).orElse(m.partyName()))
                .setHeader(t(tr, "tracking.measure.party"));
        secondary.add(grid.addColumn(TrackedMeasure::ministryName).setHeader(t(tr, "tracking.measure.ministry")));
        secondary.add(grid.addColumn(TrackedMeasure::cycleCode).setHeader(t(tr, "tracking.measure.cycle")).setAutoWidth(true));
        grid.addColumn(m -> t(tr, m.stage().messageKey())).setHeader(t(tr, "tracking.measure.stage"));
        secondary.add(grid.addColumn(m -> DateFormats.dateTime(m.enteredStageAt(), locale))
                .setHeader(t(tr, "tracking.measure.inStageSince")));
        secondary.add(grid.addColumn(m -> DateFormats.date(m.dueDate(), locale)).setHeader(t(tr, "tracking.measure.dueDate")));
        grid.addComponentColumn(m -> {
            List<String> reasons = new ArrayList<>();
            if (m.overStageLimit()) {
                reasons.add(t(tr, "tracking.overdue.stageLimit"));
            }
            if (m.pastDeadline()) {
                reasons.add(t(tr, "tracking.overdue.deadline"));
            }
            return reasons.isEmpty() ? LatenessBadge.onTime(t(tr, "tracking.board.onTime"))
                    : LatenessBadge.late(String.join(", ", reasons));
        }).setHeader(t(tr, "tracking.measure.overdue")).setAutoWidth(true);
        // a phone shows the title, the Party, the stage and the lateness; the row opens the rest
        NarrowScreen.hideOnPhones(grid, secondary);
        grid.setPartNameGenerator(m -> m.overdue() ? "overdue" : null);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(SubmissionTrackingView.class,
                e.getItem().measureId())));
        return grid;
    }

    private static String t(BiFunction<String, Object[], String> tr, String key) {
        return tr.apply(key, new Object[0]);
    }
}
