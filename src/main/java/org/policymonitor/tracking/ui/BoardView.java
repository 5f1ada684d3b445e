package org.policymonitor.tracking.ui;

import org.policymonitor.shared.DateFormats;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.party.PartyNames;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.Role;
import org.policymonitor.shell.ui.NarrowScreen;
import org.policymonitor.tracking.Board;
import org.policymonitor.tracking.BoardChart;
import org.policymonitor.tracking.BoardExport;
import org.policymonitor.tracking.BoardFilter;
import org.policymonitor.tracking.PendingTasks;
import org.policymonitor.tracking.Stage;
import org.policymonitor.tracking.StageCounts;
import org.policymonitor.tracking.StatusBoard;
import org.policymonitor.tracking.TrackedMeasure;
import org.policymonitor.tracking.TrackedReport;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * The administrators' status board: counts by stage per Party, ministry and cycle (chart and table),
 * overdue measures, pending tasks per reviewer and evaluator. A row of a table opens its measures.
 */
@Route("admin/board")
@Menu(title = "tracking.nav.board", order = 60)
@RolesAllowed(Role.Names.ADMIN)
class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StatusBoard board;
    private final TranslationProvider translations;
    private final ReferenceData referenceData;
    private final ComboBox<ReportingCycle> cycle = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Div content = new Div();
    private final List<ReportingCycle> cycles;
    private boolean showingQuery;

    BoardView(StatusBoard board, ReferenceData referenceData, TranslationProvider translations) {
        this.board = board;
        this.translations = translations;
        this.referenceData = referenceData;
        add(new H1(getTranslation("tracking.board.title")));

        cycle.setLabel(getTranslation("tracking.board.cycle"));
        cycles = referenceData.cycles();
        cycle.setItems(cycles);
        cycle.setItemLabelGenerator(ReportingCycle::getCode);
        cycle.setClearButtonVisible(true);
        cycle.addValueChangeListener(e -> filterChanged());
        overdueOnly.setLabel(getTranslation("tracking.board.overdueOnly"));
        overdueOnly.addValueChangeListener(e -> filterChanged());
        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = BoardExport.csv(board.board(filter()), locale, translations::translate);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "status-board.csv", "text/csv", bytes.length);
        }), getTranslation("tracking.board.exportCsv"));
        csv.setId("board-export-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = BoardExport.xlsx(board.board(filter()), locale, translations::translate);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "status-board.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("tracking.board.exportXlsx"));
        xlsx.setId("board-export-xlsx");
        HorizontalLayout tools = new HorizontalLayout(cycle, overdueOnly, csv, xlsx);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // At phone width the controls wrap as wholes instead of squeezing their labels one letter per line.
        tools.setWrap(true);
        tools.setWidthFull();
        tools.getChildren().forEach(c -> c.getElement().getStyle().set("flex-shrink", "0"));
        add(tools, content);
        content.setWidthFull();
    }

    /** The cycle and "overdue only" come from the address, so the board opens as it was bookmarked. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BoardFilter asked = BoardQuery.filter(event.getLocation().getQueryParameters());
        showingQuery = true;
        cycle.setValue(cycles.stream().filter(c -> c.getId().equals(asked.cycleId())).findFirst().orElse(null));
        overdueOnly.setValue(asked.overdueOnly());
        showingQuery = false;
        refresh();
    }

    private void filterChanged() {
        if (showingQuery) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(RouteConfiguration.forSessionScope().getUrl(BoardView.class), BoardQuery.of(filter()))));
    }

    private BoardFilter filter() {
        BoardFilter filter = BoardFilter.all().overdue(overdueOnly.getValue());
        return cycle.getValue() == null ? filter : filter.withCycle(cycle.getValue().getId());
    }

    private void refresh() {
        content.removeAll();
        Board result = board.board(filter());
        Locale locale = getLocale();
        List<StageCounts> byParty = result.byParty().stream().map(row -> inReadersLanguage(row, locale)).toList();
        content.add(new Paragraph(getTranslation("tracking.board.asOf", DateFormats.dateTime(result.at(), locale))));

        content.add(new H2(getTranslation("tracking.board.byParty")));
        content.add(new Html("<div class=\"board-chart\">" + BoardChart.stackedBars(
                getTranslation("tracking.board.chart.byParty"), byParty,
                stage -> getTranslation(stage.messageKey())) + "</div>"));
        content.add(counts("board-by-party", byParty, result.filter()));
        content.add(new H2(getTranslation("tracking.board.byMinistry")));
        content.add(counts("board-by-ministry", result.byMinistry(), result.filter()));
        content.add(new H2(getTranslation("tracking.board.byCycle")));
        content.add(counts("board-by-cycle", result.byCycle(), result.filter()));

        content.add(new H2(getTranslation("tracking.board.overdueMeasures")));
        if (result.overdue().isEmpty()) {
            content.add(new Paragraph(getTranslation("tracking.board.noOverdue")));
        } else {
            Grid<TrackedMeasure> overdue = MeasureGrid.create(locale, this::getTranslation, referenceData);
            overdue.setId("board-overdue");
            overdue.setItems(result.overdue());
            content.add(overdue);
        }

        content.add(new H2(getTranslation("tracking.board.reports")));
        content.add(reports(board.reports(result.filter()), locale));

        content.add(new H2(getTranslation("tracking.board.pendingTasks")));
        Grid<PendingTasks> pending = new Grid<>();
        pending.setId("board-pending");
        pending.addColumn(p -> p.displayName() + " (" + p.username() + ")").setHeader(getTranslation("tracking.pending.user"));
        NarrowScreen.hideOnPhones(pending, List.of(pending.addColumn(p -> getTranslation(p.role().messageKey()))
                .setHeader(getTranslation("tracking.pending.role"))));
        pending.addColumn(PendingTasks::open).setHeader(getTranslation("tracking.pending.open"));
        pending.addColumn(PendingTasks::overdue).setHeader(getTranslation("tracking.pending.overdue"));
        pending.setItems(result.pendingTasks());
        pending.setAllRowsVisible(true);
        content.add(pending);
    }

    /** Each Party's periodic report: its status, deadline and lateness (colour, icon and words). */
    private Grid<TrackedReport> reports(List<TrackedReport> rows, Locale locale) {
        Grid<TrackedReport> grid = new Grid<>();
        grid.setId("board-reports");
        grid.addColumn(r -> referenceData.party(r.partyId()).map(p -> PartyNames.of(p, locale)).orElse(r.partyName()))
                .setHeader(getTranslation("tracking.reports.party")).setWidth("7em").setFlexGrow(2);
        Grid.Column<TrackedReport> cycle = grid.addColumn(TrackedReport::cycleCode)
                .setHeader(getTranslation("tracking.reports.cycle")).setAutoWidth(true);
        // the status wraps rather than widening the grid past a phone's width
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("tracking.reports.status"))
                .setWidth("6em").setFlexGrow(1);
        Grid.Column<TrackedReport> due = grid.addColumn(r -> r.dueDate() == null ? "—"
                : DateFormats.date(r.dueDate(), locale)).setHeader(getTranslation("tracking.reports.due"))
                .setAutoWidth(true);
        // a phone shows the Party, the status and the lateness; the cycle is in the filter, the date on the deadlines page
        NarrowScreen.hideOnPhones(grid, List.of(cycle, due));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> wrapping(r.late() ? LatenessBadge.late(getTranslation("tracking.reports.late"))
                : LatenessBadge.onTime(getTranslation("tracking.board.onTime"))))
                .setHeader(getTranslation("tracking.board.overdue")).setWidth("8em").setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.late() ? "overdue" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A badge whose words wrap inside its column (a report's lateness is a sentence, not a count). */
    private static com.vaadin.flow.component.html.Span wrapping(com.vaadin.flow.component.html.Span badge) {
        badge.getStyle().set("white-space", "normal");
        return badge;
    }

    /** A Party's row named in the reader's language ({@link PartyNames}); other rows as they are. */
    private StageCounts inReadersLanguage(StageCounts row, Locale locale) {
        if (row.dimension() != StageCounts.Dimension.PARTY || row.id() == null) {
            return row;
        }
        return referenceData.party(row.id()).map(party -> new StageCounts(row.dimension(), row.id(),
                PartyNames.of(party, locale), row.counts(), row.overdue())).orElse(row);
    }

    private Grid<StageCounts> counts(String id, List<StageCounts> rows, BoardFilter within) {
        Grid<StageCounts> grid = new Grid<>();
        grid.setId(id);
        // not sized to the longest name: at phone width the name wraps beside the total and the lateness
        grid.addColumn(StageCounts::label).setHeader(getTranslation("tracking.export.name")).setWidth("8em")
                .setFlexGrow(3);
        List<Grid.Column<StageCounts>> stages = new java.util.ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(grid.addColumn(row -> row.count(stage)).setHeader(getTranslation(stage.messageKey()))
                    .setAutoWidth(true));
        }
        // a phone shows the name, the total and the lateness; the stages are one tap away (the row opens them)
        NarrowScreen.hideOnPhones(grid, stages);
        grid.addColumn(StageCounts::total).setHeader(getTranslation("tracking.board.total"));
        grid.addComponentColumn(row -> row.overdue() > 0
                ? LatenessBadge.late(getTranslation("tracking.board.overdueCount", row.overdue()))
                : LatenessBadge.onTime(getTranslation("tracking.board.onTime")))
                .setHeader(getTranslation("tracking.board.overdue")).setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.overdue() > 0 ? "overdue" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BoardMeasuresView.class,
                BoardMeasuresView.query(e.getItem().filter(within)))));
        String open = getTranslation("tracking.board.open");
        grid.setTooltipGenerator(row -> open);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.board.title");
    }
}
