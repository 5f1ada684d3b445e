package org.policymonitor.measure.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureFilter;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureSummary;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.Role;
import org.springframework.data.domain.Sort;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
@RolesAllowed({Role.Names.EDITOR, Role.Names.CIVIL_SOCIETY})
class MyMeasuresView extends VerticalLayout implements HasDynamicTitle {

    private final MeasureEditing measures;
    private final Map<Long, ReportingCycle> cycles;
    private final ReportingCycle currentCycle;
    final Grid<MeasureSummary> grid = new Grid<>();
    final ComboBox<MeasureStatus> statusFilter = new ComboBox<>();
    final ComboBox<ReportingCycle> cycleFilter = new ComboBox<>();
    final Button newMeasure = new Button();

    MyMeasuresView(MeasureEditing measures, ReferenceData referenceData) {
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
        var titleColumn = grid.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("measure.list.column.title")).setSortProperty("title").setFlexGrow(3);
        var cycleColumn = grid.addColumn(s -> cycleCode(s.cycleId())).setHeader(getTranslation("measure.list.column.cycle"))
                .setSortProperty("cycleId").setAutoWidth(true);
        var statusColumn = grid.addComponentColumn(this::statusCell)
                .setHeader(getTranslation("measure.list.column.status")).setSortProperty("status").setAutoWidth(true);
        var updatedAtColumn = grid.addColumn(s -> s.updatedAt() == null ? "" : when.format(s.updatedAt()))
                .setHeader(getTranslation("measure.list.column.updatedAt")).setSortProperty("updatedAt")
                .setAutoWidth(true);
        var updatedByColumn = grid.addColumn(MeasureSummary::updatedBy).setHeader(getTranslation("measure.list.column.updatedBy"))
                .setSortProperty("updatedBy").setAutoWidth(true);
        var completenessColumn = grid.addComponentColumn(this::completeness).setHeader(getTranslation("measure.list.column.completeness"))
                .setAutoWidth(true);
        var actionsColumn = grid.addComponentColumn(this::actions).setHeader(getTranslation("measure.list.column.actions"))
                .setAutoWidth(true);
        grid.setItems(query -> measures.mine(filter(), query.getOffset(), query.getLimit(), sort(query.getSortOrders()))
                .stream(), query -> (int) measures.countMine(filter()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(3), SortDirection.DESCENDING)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a phone shows the title, where the measure stands and what to do next; the rest is on the measure
        org.policymonitor.shared.NarrowScreen.hideOnPhones(grid,
                List.of(cycleColumn, updatedAtColumn, updatedByColumn, completenessColumn));
        org.policymonitor.shared.NarrowScreen.narrowOnPhones(grid, titleColumn, "6em");
        org.policymonitor.shared.NarrowScreen.narrowOnPhones(grid, statusColumn, "6em");
        org.policymonitor.shared.NarrowScreen.narrowOnPhones(grid, actionsColumn, "9em");
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

    private Div titleCell(MeasureSummary summary) {
        Div cell = new Div(new Span(summary.title() == null || summary.title().isBlank()
                ? getTranslation("measure.list.untitled") : summary.title()));
        if (summary.carriedForwardFromId() != null) {
            MeasureDetails source = measures.openForEditing(summary.carriedForwardFromId());
            Paragraph origin = new Paragraph(getTranslation("measure.list.carriedFrom",
                    source.content().title() == null ? "" : source.content().title(), cycleCode(source.cycleId())));
            origin.addClassName("measure-origin");
            origin.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(origin);
        }
        return cell;
    }

    private Div statusCell(MeasureSummary summary) {
        Div cell = new Div(new Span(getTranslation(summary.status().messageKey())));
        StatusNote.of(this, getLocale(), summary.status(), summary.statusReason(), summary.statusChangedBy(),
                summary.statusChangedAt()).ifPresent(cell::add);
        return cell;
    }

    private HorizontalLayout actions(MeasureSummary summary) {
        String title = summary.title() == null ? "" : summary.title();
        Button open = new Button(getTranslation(summary.status().isEditable() ? "measure.list.edit" : "measure.list.view"),
                e -> openEditor(summary.id()));
        open.addThemeVariants(ButtonVariant.SMALL);
        open.setAriaLabel(getTranslation(summary.status().isEditable() ? "measure.list.edit" : "measure.list.view")
                + ": " + title);
        Set<MeasurePlaces.Place> places = EnumSet.of(MeasurePlaces.Place.SUBMISSION, MeasurePlaces.Place.HISTORY);
        if (summary.published()) {
            places.add(MeasurePlaces.Place.PUBLIC_PAGE);
        }
        HorizontalLayout actions = new HorizontalLayout(open,
                new MeasurePlaces(summary.id(), null, places).namedFor(summary.id(), title));
        if (summary.status() == MeasureStatus.PUBLISHED) {
            actions.add(small(getTranslation("measure.list.revise"), title, e -> confirmRevision(summary)));
        }
        if (summary.status().canMoveTo(MeasureStatus.WITHDRAWN)) {
            actions.add(small(getTranslation("measure.list.withdraw"), title,
                    e -> new WithdrawDialog(title, reason -> withdraw(summary, reason)).open()));
        }
        if (!currentCycle.getId().equals(summary.cycleId()) && summary.status() != MeasureStatus.WITHDRAWN) {
            actions.add(small(getTranslation("measure.list.carryForward", currentCycle.getCode()), title,
                    e -> confirmCarryForward(summary)));
        }
        actions.setSpacing(false);
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private static Button small(String text, String title,
            ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(text, action);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setAriaLabel(text + ": " + title);
        return button;
    }

    /** Revising takes a published measure back to its editors; the confirmation says what stays public. */
    ConfirmDialog confirmRevision(MeasureSummary summary) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("measure.revise.header"));
        confirm.setText(getTranslation("measure.revise.text", summary.title() == null ? "" : summary.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("measure.revise.cancel"));
        confirm.setConfirmText(getTranslation("measure.revise.confirm"));
        confirm.addConfirmListener(e -> startRevision(summary));
        confirm.open();
        return confirm;
    }

    void startRevision(MeasureSummary summary) {
        MeasureDetails revision = measures.startRevision(summary.id());
        Notification.show(getTranslation("measure.revise.done"), 5000, Notification.Position.BOTTOM_START);
        openEditor(revision.id());
    }

    void withdraw(MeasureSummary summary, String reason) {
        measures.withdrawMine(summary.id(), reason);
        Notification.show(getTranslation("measure.withdraw.done"), 5000, Notification.Position.BOTTOM_START);
        grid.getDataProvider().refreshAll();
    }

    /** Carries forward at once, or first warns when the measure was already carried into the current cycle. */
    Optional<ConfirmDialog> confirmCarryForward(MeasureSummary source) {
        List<MeasureSummary> copies = measures.carriedForwardCopies(source.id());
        if (copies.isEmpty()) {
            carryForward(source);
            return Optional.empty();
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("measure.carry.header"));
        confirm.setText(getTranslation("measure.carry.already", currentCycle.getCode(), copies.size(),
                copies.stream().map(c -> (c.title() == null ? "" : c.title()) + " (" + getTranslation(c.status().messageKey())
                        + ")").collect(Collectors.joining(", "))));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("measure.carry.cancel"));
        confirm.setConfirmText(getTranslation("measure.carry.confirm"));
        confirm.addConfirmListener(e -> carryForward(source));
        confirm.open();
        return Optional.of(confirm);
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
