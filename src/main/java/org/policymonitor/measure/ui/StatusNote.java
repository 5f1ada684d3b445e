package org.policymonitor.measure.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.policymonitor.measure.MeasureStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What happened to a measure, for its editors: who withdrew it, cancelled its submission or returned it, when,
 * and why. A DRAFT with a reason is a cancelled submission: nothing else moves a measure to DRAFT with one.
 */
public final class StatusNote {

    private StatusNote() {
    }

    /** The key of the sentence for the status and reason, if there is something to tell. */
    static Optional<String> messageKey(MeasureStatus status, String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        return switch (status) {
            case WITHDRAWN -> Optional.of("measure.statusNote.withdrawn");
            case DRAFT -> Optional.of("measure.statusNote.cancelled");
            case RETURNED -> Optional.of("measure.statusNote.returned");
            default -> Optional.empty();
        };
    }

    /** The sentence as a paragraph (role "note"), or empty. */
    public static Optional<Paragraph> of(Component owner, Locale locale, MeasureStatus status, String reason, String by, Instant at) {
        return text(owner, locale, status, reason, by, at).map(text -> {
            Paragraph note = new Paragraph(text);
            note.addClassName("measure-status-note");
            note.getElement().setAttribute("role", "note");
            note.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "0")
                    .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            return note;
        });
    }

    static Optional<String> text(Component owner, Locale locale, MeasureStatus status, String reason, String by,
            Instant at) {
        return messageKey(status, reason).map(key -> owner.getTranslation(key, by == null ? "" : by,
                at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale).withZone(ZoneId.systemDefault()).format(at), reason.strip()));
    }
}
