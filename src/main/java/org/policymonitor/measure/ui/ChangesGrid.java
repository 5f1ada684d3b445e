package org.policymonitor.measure.ui;

import java.util.List;
import java.util.Locale;

import org.policymonitor.measure.FieldChange;
import org.policymonitor.vocabulary.VocabularyService;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A field-by-field comparison of two versions of a measure: the field, its value before and after. */
public class ChangesGrid extends Grid<FieldChange> {

    public ChangesGrid(VocabularyService vocabulary, Locale locale) {
        FieldValues values = new FieldValues(vocabulary, locale, this::getTranslation);
        addColumn(c -> getTranslation(c.field().messageKey())).setHeader(getTranslation("measure.history.field"))
                .setAutoWidth(true);
        addComponentColumn(c -> FieldValues.preWrap(values.format(c.field(), c.before())))
                .setHeader(getTranslation("measure.history.before"));
        addComponentColumn(c -> FieldValues.preWrap(values.format(c.field(), c.after())))
                .setHeader(getTranslation("measure.history.after"));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    public List<FieldChange> shown() {
        return getListDataView().getItems().toList();
    }
}
