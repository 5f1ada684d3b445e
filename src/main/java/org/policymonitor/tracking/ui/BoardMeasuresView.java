package org.policymonitor.tracking.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policymonitor.security.Role;
import org.policymonitor.tracking.BoardFilter;
import org.policymonitor.tracking.Stage;
import org.policymonitor.tracking.StatusBoard;
import org.policymonitor.tracking.TrackedMeasure;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The measures behind a row of the board (query parameters party, ministry, cycle, stage, overdue). */
@Route("admin/board/measures")
@RolesAllowed(Role.Names.ADMIN)
class BoardMeasuresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StatusBoard board;
    private final Grid<TrackedMeasure> grid;
    private final Paragraph empty = new Paragraph();

    BoardMeasuresView(StatusBoard board) {
        this.board = board;
        add(new RouterLink(getTranslation("tracking.list.back"), BoardView.class));
        add(new H1(getTranslation("tracking.list.title")));
        grid = MeasureGrid.create(getLocale(), this::getTranslation);
        grid.setId("board-measures");
        empty.setText(getTranslation("tracking.list.empty"));
        add(grid, empty);
    }

    static QueryParameters query(BoardFilter filter) {
        Map<String, String> params = new HashMap<>();
        if (filter.partyId() != null) {
            params.put("party", filter.partyId().toString());
        }
        if (filter.ministryId() != null) {
            params.put("ministry", filter.ministryId().toString());
        }
        if (filter.cycleId() != null) {
            params.put("cycle", filter.cycleId().toString());
        }
        if (filter.stage() != null) {
            params.put("stage", filter.stage().name());
        }
        if (filter.overdueOnly()) {
            params.put("overdue", "true");
        }
        return QueryParameters.simple(params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        BoardFilter filter = new BoardFilter(id(params, "party"), id(params, "ministry"), id(params, "cycle"),
                value(params, "stage").flatMap(BoardMeasuresView::stage).orElse(null),
                value(params, "overdue").map(Boolean::parseBoolean).orElse(false));
        List<TrackedMeasure> measures = board.measures(filter);
        grid.setItems(measures);
        empty.setVisible(measures.isEmpty());
    }

    private static Optional<String> value(QueryParameters params, String name) {
        return params.getSingleParameter(name);
    }

    private static Long id(QueryParameters params, String name) {
        try {
            return value(params, name).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<Stage> stage(String name) {
        try {
            return Optional.of(Stage.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.list.title");
    }
}
