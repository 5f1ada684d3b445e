package org.policymonitor.measure.ui;

import java.util.EnumSet;
import java.util.Set;

import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The links between the places of one measure: My measures, the measure (editor), where its submission stands,
 * its version history and its public page. Each view shows the bar with its own place marked as the current page;
 * only the places the user may open are linked.
 */
public class MeasurePlaces extends Nav {

    public enum Place {
        MY_MEASURES, EDITOR, SUBMISSION, HISTORY, PUBLIC_PAGE;

        String messageKey() {
            return "measure.places." + name();
        }

        String href(Long measureId) {
            return switch (this) {
                case MY_MEASURES -> "my-measures";
                case EDITOR -> "measures/" + measureId + "/edit";
                case SUBMISSION -> "submissions/" + measureId;
                case HISTORY -> "measures/" + measureId + "/history";
                case PUBLIC_PAGE -> "catalogue/measures/" + measureId;
            };
        }
    }

    /**
     * @param here the place showing the bar (marked, not linked); null in a list of measures
     * @param places the places to show, e.g. {@link #placesFor}
     */
    public MeasurePlaces(Long measureId, Place here, Set<Place> places) {
        addClassName("measure-places");
        getElement().setAttribute("aria-label", getTranslation("measure.places.label"));
        UnorderedList list = new UnorderedList();
        list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("list-style", "none").set("padding", "0").set("margin", "0");
        for (Place place : Place.values()) {
            if (place == here) {
                Span current = new Span(getTranslation(place.messageKey()));
                current.getElement().setAttribute("aria-current", "page");
                current.getStyle().set("font-weight", "600");
                list.add(new ListItem(current));
            } else if (places.contains(place)) {
                Anchor link = new Anchor(place.href(measureId), getTranslation(place.messageKey()));
                link.getElement().setAttribute("data-place", place.name());
                list.add(new ListItem(link));
            }
        }
        add(list);
    }

    /**
     * Names the bar after its measure: in a list each row has a bar, and landmarks of one page need distinct
     * names (axe landmark-unique); the number tells apart two measures with the same title.
     */
    public MeasurePlaces namedFor(Long measureId, String title) {
        getElement().setAttribute("aria-label", getTranslation("measure.places.labelOf", title, measureId));
        return this;
    }

    /**
     * The places a user may open for a measure: editors (of its ministry; the pages check it) and civil-society
     * contacts (of its organisation) all of them,
     * reviewers, evaluators and administrators the submission and the history, partners the submission, everyone
     * the public page once a version is published.
     */
    public static Set<Place> placesFor(CurrentUser user, boolean published) {
        Set<Place> places = EnumSet.of(Place.SUBMISSION);
        if (user != null && (user.has(Role.EDITOR) || user.has(Role.CIVIL_SOCIETY))) {
            places.addAll(EnumSet.of(Place.MY_MEASURES, Place.EDITOR, Place.HISTORY));
        }
        if (user != null && (user.isAdmin() || user.has(Role.REVIEWER) || user.has(Role.EVALUATOR))) {
            places.add(Place.HISTORY);
        }
        if (published) {
            places.add(Place.PUBLIC_PAGE);
        }
        return places;
    }
}
