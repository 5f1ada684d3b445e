package org.policymonitor.measure.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.NoSuchElementException;

import org.policymonitor.measure.FieldChange;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureRevision;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.security.Role;
import org.policymonitor.vocabulary.VocabularyService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** Every saved version of a measure, and a field-by-field comparison of any two. */
@Route("measures/:id/history")
@RolesAllowed(Role.Names.EDITOR)
class MeasureHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasureService measures;
    private final FieldValues values;
    private final H1 heading = new H1();
    final Grid<MeasureRevision> revisions = new Grid<>();
    final ComboBox<MeasureRevision> from = new ComboBox<>();
    final ComboBox<MeasureRevision> to = new ComboBox<>();
    final Grid<FieldChange> diff = new Grid<>();
    final Paragraph noDifference = new Paragraph();
    private final DateTimeFormatter when;
    private Long measureId;

    MeasureHistoryView(MeasureService measures, VocabularyService vocabulary) {
        this.measures = measures;
        this.values = new FieldValues(vocabulary, getLocale(), this::getTranslation);
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        heading.setText(getTranslation("measure.history.title"));

        revisions.addColumn(MeasureRevision::version).setHeader(getTranslation("measure.history.version"))
                .setAutoWidth(true);
        revisions.addColumn(r -> when.format(r.savedAt())).setHeader(getTranslation("measure.history.savedAt"))
                .setAutoWidth(true);
        revisions.addColumn(MeasureRevision::savedBy).setHeader(getTranslation("measure.history.savedBy"))
                .setAutoWidth(true);
        revisions.addColumn(r -> r.content().title()).setHeader(getTranslation("measure.field.TITLE"));
        revisions.setAllRowsVisible(true);

        from.setLabel(getTranslation("measure.history.from"));
        to.setLabel(getTranslation("measure.history.to"));
        for (ComboBox<MeasureRevision> box : List.of(from, to)) {
            box.setItemLabelGenerator(r -> getTranslation("measure.history.versionLabel", r.version(), r.savedBy(),
                    when.format(r.savedAt())));
            box.setWidth("28em");
            box.addValueChangeListener(e -> compare());
        }
        diff.addColumn(c -> getTranslation(c.field().messageKey())).setHeader(getTranslation("measure.history.field"))
                .setAutoWidth(true);
        diff.addComponentColumn(c -> FieldValues.preWrap(values.format(c.field(), c.before())))
                .setHeader(getTranslation("measure.history.before"));
        diff.addComponentColumn(c -> FieldValues.preWrap(values.format(c.field(), c.after())))
                .setHeader(getTranslation("measure.history.after"));
        diff.setAllRowsVisible(true);
        noDifference.setText(getTranslation("measure.history.noDifference"));
        noDifference.setVisible(false);

        Button back = new Button(getTranslation("measure.history.back"), e -> getUI().ifPresent(
                ui -> ui.navigate(MeasureEditorView.class, new RouteParameters("id", measureId.toString()))));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout pickers = new HorizontalLayout(from, to);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        add(heading, revisions, new H2(getTranslation("measure.history.compare")), pickers, diff, noDifference, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            measureId = Long.valueOf(event.getRouteParameters().get("id").orElseThrow());
            MeasureDetails measure = measures.openForEditing(measureId);
            List<MeasureRevision> all = measures.history(measureId);
            heading.setText(getTranslation("measure.history.titleOf",
                    measure.content().title() == null ? "" : measure.content().title()));
            revisions.setItems(all);
            from.setItems(all);
            to.setItems(all);
            if (!all.isEmpty()) {
                to.setValue(all.getFirst());
                from.setValue(all.size() > 1 ? all.get(1) : all.getFirst());
            }
        } catch (AccessDeniedException | NoSuchElementException | NumberFormatException refused) {
            Notification.show(getTranslation("measure.editor.notAllowed")).addThemeVariants(NotificationVariant.ERROR);
            event.forwardTo(MyMeasuresView.class);
        }
    }

    private void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            diff.setItems(List.of());
            return;
        }
        List<FieldChange> changes = FieldChange.between(from.getValue().content(), to.getValue().content());
        diff.setItems(changes);
        noDifference.setVisible(changes.isEmpty());
    }

    List<FieldChange> shownChanges() {
        return diff.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measure.history.title");
    }
}
