package org.policymonitor.catalogue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.measure.YesNo;
import org.policymonitor.vocabulary.VocabularyKind;
import org.springframework.stereotype.Component;

/**
 * A published measure as labelled fields in the reader's language, the same for the measure page, the PDFs
 * and the exports. Empty fields are left out; legacy (2012-2019 form) fields are marked.
 */
@Component
public class MeasureFields {

    public record Field(String key, String label, String value, boolean legacy) {
    }

    private final CatalogueService catalogue;
    private final TranslationProvider translations;

    MeasureFields(CatalogueService catalogue, TranslationProvider translations) {
        this.catalogue = catalogue;
        this.translations = translations;
    }

    public List<Field> of(PublishedMeasure measure, Locale locale) {
        MeasureContent c = measure.content();
        List<Field> fields = new ArrayList<>();
        add(fields, locale, "party", catalogue.party(measure.partyId()).map(p -> catalogue.partyName(p, locale)).orElse(null), false);
        add(fields, locale, "cycle", catalogue.cycle(measure.cycleId()).map(cy -> cy.getCode()).orElse(null), false);
        add(fields, locale, "agencies", String.join("\n", c.agencies()), false);
        add(fields, locale, "description", c.description(), false);
        add(fields, locale, "website", c.website(), false);
        add(fields, locale, "results", c.results(), false);
        add(fields, locale, "budget", c.budgetText(), false);
        add(fields, locale, "budgetUsd", money(c.budgetUsd(), locale), false);
        add(fields, locale, "partners", c.partners().stream().map(p -> partner(p, locale))
                .collect(Collectors.joining("\n")), false);
        add(fields, locale, "evaluated", translations.translate(locale, "catalogue.evaluated." + c.evaluation().name()), false);
        add(fields, locale, "conclusions", c.conclusions(), false);
        add(fields, locale, "goals", labels(VocabularyKind.GOAL, c.goals(), locale), false);
        add(fields, locale, "areas", labels(VocabularyKind.AREA, c.areas(), locale), false);
        add(fields, locale, "domains", labels(VocabularyKind.DOMAIN, c.domains(), locale), false);
        add(fields, locale, "targetsYouth", answer(c.targetsYouth(), locale), false);
        add(fields, locale, "preferentialTreatment", answer(c.preferentialTreatment(), locale), false);
        add(fields, locale, "genderEquality", answer(c.genderEquality(), locale), false);
        add(fields, locale, "sdgs", sdgs(c.sdgs(), locale), false);
        if (measure.reportedByCivilSociety()) {
            add(fields, locale, "civilSociety", translations.translate(locale, "catalogue.yes"), false);
        }
        add(fields, locale, "keyObjectives", c.keyObjectives(), true);
        add(fields, locale, "context", c.context(), true);
        add(fields, locale, "scopes", labels(VocabularyKind.SCOPE, c.scopes(), locale), true);
        add(fields, locale, "natures", labels(VocabularyKind.NATURE, c.natures(), locale), true);
        add(fields, locale, "mainFeature", c.mainFeature(), true);
        add(fields, locale, "resultsExpected", c.resultsExpected(), true);
        add(fields, locale, "financialResources", c.financialResources(), true);
        add(fields, locale, "publishedAt", publishedAt(measure, locale), false);
        add(fields, locale, "publicationNo", String.valueOf(measure.publicationNo()), false);
        return fields;
    }

    public String label(String fieldKey, Locale locale) {
        return translations.translate(locale, "catalogue.field." + fieldKey);
    }

    public String publishedAt(PublishedMeasure measure, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(measure.publishedAt().atZone(ZoneOffset.UTC));
    }

    private String partner(PartnerRow row, Locale locale) {
        String name = row.name() == null || row.name().isBlank() ? "—" : row.name();
        return row.entityType() == null || row.entityType().isBlank() ? name
                : name + " (" + catalogue.vocabularyLabel(VocabularyKind.ENTITY_TYPE, row.entityType(), locale) + ")";
    }

    private String labels(VocabularyKind kind, Collection<String> codes, Locale locale) {
        return codes.stream().map(code -> catalogue.vocabularyLabel(kind, code, locale)).sorted()
                .collect(Collectors.joining("\n"));
    }

    /** An unanswered question (legacy and imported measures) is left out, like an empty field. */
    private String answer(YesNo answer, Locale locale) {
        return answer == YesNo.NOT_ANSWERED ? null : translations.translate(locale, "catalogue.yesNo." + answer.name());
    }

    /** The goals in their UN order (their labels start with the goal's number). */
    private String sdgs(Collection<String> codes, Locale locale) {
        return codes.stream().sorted().map(code -> catalogue.vocabularyLabel(VocabularyKind.SDG, code, locale))
                .collect(Collectors.joining("\n"));
    }

    static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " USD";
    }

    private void add(List<Field> fields, Locale locale, String key, String value, boolean legacy) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(key, label(key, locale), value.strip(), legacy));
        }
    }
}
