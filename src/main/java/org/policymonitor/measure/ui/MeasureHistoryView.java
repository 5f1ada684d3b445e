package org.policymonitor.measure.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.NoSuchElementException;

import org.policymonitor.measure.FieldChange;
import org.policymonitor.measure.MeasureRevision;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.vocabulary.VocabularyService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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

import jakarta.annotation.security.RolesAllowed;

/**
 * Every saved version of a measure, and a field-by-field comparison of any two: for its editors and for the
 * reviewers and evaluators of its Party ({@link MeasureEditing#history} decides).
 */
@Route("measures/:id/history")
@RolesAllowed({Role.Names.EDITOR, Role.Names.CIVIL_SOCIETY, Role.Names.REVIEWER, Role.Names.EVALUATOR, Role.Names.ADMIN})
class MeasureHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasureEditing measures;
    private final MeasureService system;
    private final AccountService accounts;
    private final Div places = new Div();
    private final H1 heading = new H1();
    final Grid<MeasureRevision> revisions = new Grid<>();
    final ComboBox<MeasureRevision> from = new ComboBox<>();
    final ComboBox<MeasureRevision> to = new ComboBox<>();
    final ChangesGrid diff;
    final Paragraph noDifference = new Paragraph();
    private final DateTimeFormatter when;
    private Long measureId;

    MeasureHistoryView(MeasureEditing measures, MeasureService system, AccountService accounts,
            VocabularyService vocabulary) {
        this.measures = measures;
        this.system = system;
        this.accounts = accounts;
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
        diff = new ChangesGrid(vocabulary, getLocale());
        noDifference.setText(getTranslation("measure.history.noDifference"));
        noDifference.setVisible(false);

        HorizontalLayout pickers = new HorizontalLayout(from, to);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        add(places, heading, revisions, new H2(getTranslation("measure.history.compare")), pickers, diff, noDifference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            measureId = Long.valueOf(event.getRouteParameters().get("id").orElseThrow());
            List<MeasureRevision> all = measures.history(measureId);
            String title = all.isEmpty() ? null : all.getFirst().content().title();
            heading.setText(getTranslation("measure.history.titleOf", title == null ? "" : title));
            places.removeAll();
            places.add(new MeasurePlaces(measureId, MeasurePlaces.Place.HISTORY, MeasurePlaces.placesFor(
                    accounts.currentUser().orElse(null), system.isPublished(measureId))));
            revisions.setItems(all);
            from.setItems(all);
            to.setItems(all);
            if (!all.isEmpty()) {
                to.setValue(all.getFirst());
                from.setValue(all.size() > 1 ? all.get(1) : all.getFirst());
            }
        } catch (AccessDeniedException | NoSuchElementException | NumberFormatException refused) {
            Notification.show(getTranslation("measure.editor.notAllowed")).addThemeVariants(NotificationVariant.ERROR);
            if (accounts.currentUser().filter(u -> u.has(Role.EDITOR) || u.has(Role.CIVIL_SOCIETY)).isPresent()) {
                event.forwardTo(MyMeasuresView.class);
            } else {
                event.forwardTo("");
            }
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
        return diff.shown();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measure.history.title");
    }
}
