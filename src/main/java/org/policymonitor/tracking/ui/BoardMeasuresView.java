package org.policymonitor.tracking.ui;

import java.util.List;

import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.Role;
import org.policymonitor.tracking.BoardFilter;
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

    BoardMeasuresView(StatusBoard board, ReferenceData referenceData) {
        this.board = board;
        add(new RouterLink(getTranslation("tracking.list.back"), BoardView.class));
        add(new H1(getTranslation("tracking.list.title")));
        grid = MeasureGrid.create(getLocale(), this::getTranslation, referenceData);
        grid.setId("board-measures");
        empty.setText(getTranslation("tracking.list.empty"));
        add(grid, empty);
    }

    static QueryParameters query(BoardFilter filter) {
        return BoardQuery.of(filter);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BoardFilter filter = BoardQuery.filter(event.getLocation().getQueryParameters());
        List<TrackedMeasure> measures = board.measures(filter);
        grid.setItems(measures);
        empty.setVisible(measures.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.list.title");
    }
}
