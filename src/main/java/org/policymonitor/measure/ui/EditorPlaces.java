package org.policymonitor.measure.ui;

import java.util.Locale;
import java.util.function.Supplier;

import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.security.CurrentUser;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/**
 * The top of the editor as on the measure's other places: the places bar ({@link MeasurePlaces}, the editor
 * marked) and what happened to the measure ({@link StatusNote}: withdrawn or a cancelled submission; a return's
 * reason has its own line, {@link StatusReason}). Empty for a measure not saved yet.
 */
class EditorPlaces extends Composite<Div> {

    private final Supplier<CurrentUser> user;
    private final java.util.function.Predicate<Long> published;

    EditorPlaces(Supplier<CurrentUser> user, java.util.function.Predicate<Long> published) {
        this.user = user;
        this.published = published;
        getContent().addClassName("editor-places");
    }

    void show(MeasureDetails details, Locale locale) {
        getContent().removeAll();
        if (details == null) {
            return;
        }
        getContent().add(new MeasurePlaces(details.id(), MeasurePlaces.Place.EDITOR,
                MeasurePlaces.placesFor(user.get(), published.test(details.id()))));
        if (details.status() != MeasureStatus.RETURNED) {
            StatusNote.of(this, locale, details.status(), details.statusReason(), details.statusChangedBy(),
                    details.statusChangedAt()).ifPresent(getContent()::add);
        }
    }
}
