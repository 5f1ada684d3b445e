package org.policymonitor.measure.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureFilter;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureSummary;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.Role;
import org.springframework.data.domain.Sort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** "My measures": the signed-in editor's ministry's measures, lazily loaded, sortable and filtered. */
@Route("my-measures")
@Menu(title = "measure.nav.myMeasures", order = 20)
@RolesAllowed(Role.Names.EDITOR)
class MyMeasuresView extends VerticalLayout implements HasDynamicTitle {

    private final MeasureService measures;
    private final Map<Long, ReportingCycle> cycles;
    private final ReportingCycle currentCycle;
    final Grid<MeasureSummary> grid = new Grid<>();
    final ComboBox<MeasureStatus> statusFilter = new ComboBox<>();
    final ComboBox<ReportingCycle> cycleFilter = new ComboBox<>();
    final Button newMeasure = new Button();

    MyMeasuresView(MeasureService measures, ReferenceData referenceData) {
        this.measures = measures;
        List<ReportingCycle> allCycles = referenceData.cycles();
        this.cycles = allCycles.stream().collect(Collectors.toMap(ReportingCycle::getId, Function.identity()));
        this.currentCycle = measures.currentCycle();
        setSizeFull();

        add(new H1(getTranslation("measure.list.title")));

        statusFilter.setLabel(getTranslation("measure.list.filter.status"));
        statusFilter.setItems(MeasureStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        cycleFilter.setLabel(getTranslation("measure.list.filter.cycle"));
        cycleFilter.setItems(allCycles);
        cycleFilter.setItemLabelGenerator(ReportingCycle::getCode);
        cycleFilter.setClearButtonVisible(true);
        cycleFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        newMeasure.setText(getTranslation("measure.list.new"));
        newMeasure.addThemeVariants(ButtonVariant.PRIMARY);
        newMeasure.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeasureEditorView.NEW_ROUTE)));

        HorizontalLayout toolbar = new HorizontalLayout(statusFilter, cycleFilter, newMeasure);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(toolbar);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.addColumn(s -> s.title() == null || s.title().isBlank() ? getTranslation("measure.list.untitled") : s.title())
                .setHeader(getTranslation("measure.list.column.title")).setSortProperty("title").setFlexGrow(3);
        grid.addColumn(s -> cycleCode(s.cycleId())).setHeader(getTranslation("measure.list.column.cycle"))
                .setSortProperty("cycleId").setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.status().messageKey()))
                .setHeader(getTranslation("measure.list.column.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(s -> s.updatedAt() == null ? "" : when.format(s.updatedAt()))
                .setHeader(getTranslation("measure.list.column.updatedAt")).setSortProperty("updatedAt")
                .setAutoWidth(true);
        grid.addColumn(MeasureSummary::updatedBy).setHeader(getTranslation("measure.list.column.updatedBy"))
                .setSortProperty("updatedBy").setAutoWidth(true);
        grid.addComponentColumn(this::completeness).setHeader(getTranslation("measure.list.column.completeness"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("measure.list.column.actions"))
                .setAutoWidth(true);
        grid.setItems(query -> measures.mine(filter(), query.getOffset(), query.getLimit(), sort(query.getSortOrders()))
                .stream(), query -> (int) measures.countMine(filter()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(3), SortDirection.DESCENDING)));
        grid.setSizeFull();
        add(grid);
    }

    MeasureFilter filter() {
        return new MeasureFilter(statusFilter.getValue(),
                cycleFilter.getValue() == null ? null : cycleFilter.getValue().getId());
    }

    private static Sort sort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> new Sort.Order(
                o.getDirection() == SortDirection.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC, o.getSorted()))
                .toList());
    }

    private String cycleCode(Long cycleId) {
        ReportingCycle cycle = cycles.get(cycleId);
        return cycle == null ? "" : cycle.getCode();
    }

    private Span completeness(MeasureSummary summary) {
        Span score = new Span(getTranslation("measure.completeness.score", summary.completenessScore()));
        if (!summary.missingRequired().isEmpty()) {
            score.setTitle(getTranslation("measure.completeness.missing", summary.missingRequired().stream()
                    .map(f -> getTranslation(f.messageKey())).collect(Collectors.joining(", "))));
        }
        score.getElement().getThemeList().add(summary.missingRequired().isEmpty() ? "badge success" : "badge contrast");
        return score;
    }

    private HorizontalLayout actions(MeasureSummary summary) {
        String title = summary.title() == null ? "" : summary.title();
        Button open = new Button(getTranslation(summary.status().isEditable() ? "measure.list.edit" : "measure.list.view"),
                e -> openEditor(summary.id()));
        open.addThemeVariants(ButtonVariant.SMALL);
        open.setAriaLabel(getTranslation(summary.status().isEditable() ? "measure.list.edit" : "measure.list.view")
                + ": " + title);
        Button history = new Button(getTranslation("measure.list.history"), e -> getUI().ifPresent(
                ui -> ui.navigate(MeasureHistoryView.class, new RouteParameters("id", summary.id().toString()))));
        history.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        history.setAriaLabel(getTranslation("measure.list.history") + ": " + title);
        HorizontalLayout actions = new HorizontalLayout(open, history);
        if (!currentCycle.getId().equals(summary.cycleId()) && summary.status() != MeasureStatus.WITHDRAWN) {
            Button carry = new Button(getTranslation("measure.list.carryForward", currentCycle.getCode()),
                    e -> carryForward(summary));
            carry.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            carry.setAriaLabel(getTranslation("measure.list.carryForward", currentCycle.getCode()) + ": " + title);
            actions.add(carry);
        }
        actions.setSpacing(false);
        return actions;
    }

    void carryForward(MeasureSummary source) {
        MeasureDetails draft = measures.carryForward(source.id());
        Notification.show(getTranslation("measure.list.carriedForward", currentCycle.getCode()));
        openEditor(draft.id());
    }

    private void openEditor(Long id) {
        getUI().ifPresent(ui -> ui.navigate(MeasureEditorView.class, new RouteParameters("id", id.toString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measure.list.title");
    }
}
