package org.policymonitor.measure.ui;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.YesNo;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/** Shows a field's value as plain text in the user's language (vocabulary codes as labels). */
final class FieldValues {

    private final VocabularyService vocabulary;
    private final Locale locale;
    private final BiFunction<String, Object[], String> translate;

    FieldValues(VocabularyService vocabulary, Locale locale, BiFunction<String, Object[], String> translate) {
        this.vocabulary = vocabulary;
        this.locale = locale;
        this.translate = translate;
    }

    String format(MeasureField field, Object value) {
        if (value == null || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof String s && s.isBlank())) {
            return translate.apply("measure.value.none", new Object[0]);
        }
        return switch (value) {
            case String s -> s;
            case BigDecimal amount -> usd(amount);
            case Evaluation e -> translate.apply("measure.evaluation." + e.name(), new Object[0]);
            case YesNo answer -> translate.apply("measure.yesNo." + answer.name(), new Object[0]);
            case Collection<?> items -> items(field, items);
            default -> value.toString();
        };
    }

    String usd(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("USD"));
        return format.format(amount);
    }

    private String items(MeasureField field, Collection<?> items) {
        VocabularyKind kind = switch (field) {
            case GOALS -> VocabularyKind.GOAL;
            case AREAS -> VocabularyKind.AREA;
            case DOMAINS -> VocabularyKind.DOMAIN;
            case SCOPES -> VocabularyKind.SCOPE;
            case NATURES -> VocabularyKind.NATURE;
            case SDGS -> VocabularyKind.SDG;
            default -> null;
        };
        List<String> lines = items.stream().map(item -> switch (item) {
            case PartnerRow p -> (p.name() == null ? "?" : p.name())
                    + (p.entityType() == null ? "" : " (" + label(VocabularyKind.ENTITY_TYPE, p.entityType()) + ")");
            case String code when kind != null -> label(kind, code);
            default -> String.valueOf(item);
        }).toList();
        if (kind != null) {
            lines = lines.stream().sorted().toList();
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    String label(VocabularyKind kind, String code) {
        return vocabulary.label(kind, code, locale);
    }

    /** A date and time in the user's language and time zone. */
    String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** A time of day in the user's language and time zone, e.g. "2:05 PM" or "14:05". */
    String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }

    /** The browser's time zone once Vaadin has read it, else the server's. */
    static ZoneId zoneOf(UI ui) {
        ExtendedClientDetails client = ui == null ? null : ui.getPage().getExtendedClientDetails();
        try {
            return client == null || client.getTimeZoneId() == null || client.getTimeZoneId().isBlank()
                    ? ZoneId.systemDefault() : ZoneId.of(client.getTimeZoneId());
        } catch (DateTimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    /** Text that keeps its paragraphs and is never interpreted as HTML. */
    static Div preWrap(String text) {
        Div div = new Div();
        div.setText(text);
        div.getStyle().set("white-space", "pre-wrap");
        return div;
    }
}
