package org.policymonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.policymonitor.catalogue.MeasureFields;
import org.policymonitor.i18n.SupportedLanguages;
import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.PartyNames;
import org.springframework.stereotype.Component;

import com.lowagie.text.Anchor;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The whole report as a PDF laid out like the official form, in the report's language: cover, contents (linked),
 * then the sections in the form's order, every included measure with all its published fields, the annexes
 * listed and the statistical annex as a table.
 */
@Component
class ReportDocument {

    private final TranslationProvider translations;
    private final MeasureFields fields;
    private final MeasureService measures;

    ReportDocument(TranslationProvider translations, MeasureFields fields, MeasureService measures) {
        this.translations = translations;
        this.fields = fields;
        this.measures = measures;
    }

    byte[] pdf(ReportDetails details) {
        Locale locale = SupportedLanguages.fromTag(details.report().getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        try {
            write(doc, details, locale, new Fonts());
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private void write(Document doc, ReportDetails details, Locale locale, Fonts fonts) {
        PeriodicReport report = details.report();
        ReportContent content = report.content();
        doc.add(new Paragraph(t(locale, "report.document.kind"), fonts.small));
        doc.add(new Paragraph(PartyNames.of(details.party(), locale) + " — " + details.cycle().getCode(), fonts.title));
        doc.add(new Paragraph(t(locale, "report.document.status", t(locale, report.getStatus().messageKey())),
                fonts.body));
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph(t(locale, "report.document.contents"), fonts.heading));
        ReportSection[] sections = ReportSection.values();
        for (int i = 0; i < sections.length; i++) {
            Anchor link = new Anchor((i + 1) + ". " + t(locale, sections[i].messageKey()), fonts.body);
            link.setReference("#" + sections[i].name());
            doc.add(new Paragraph(link));
        }
        for (int i = 0; i < sections.length; i++) {
            ReportSection section = sections[i];
            doc.newPage();
            Chunk heading = new Chunk((i + 1) + ". " + t(locale, section.messageKey()), fonts.title);
            heading.setLocalDestination(section.name());
            doc.add(new Paragraph(heading));
            switch (section) {
                case GENERAL_INFORMATION -> {
                    labelled(doc, fonts, t(locale, "report.document.party"), PartyNames.of(details.party(), locale));
                    labelled(doc, fonts, t(locale, "report.document.cycle"), details.cycle().getCode());
                    for (ReportField field : List.of(ReportField.CONTACT_TITLE, ReportField.CONTACT_ADDRESS,
                            ReportField.CONTACT_PHONE, ReportField.CONTACT_EMAIL)) {
                        labelled(doc, fonts, t(locale, field.messageKey()), field.valueIn(content));
                    }
                }
                case EXECUTIVE_SUMMARY -> text(doc, fonts, locale, content.executiveSummary());
                case CONSULTATION -> text(doc, fonts, locale, content.consultation());
                case TRANSVERSAL_ISSUES -> text(doc, fonts, locale, content.transversalIssues());
                case CHALLENGES_ACHIEVEMENTS -> text(doc, fonts, locale, content.challengesAchievements());
                case MEASURES -> measures(doc, fonts, locale, details.included().stream()
                        .filter(m -> !m.civilSociety()).toList());
                case CIVIL_SOCIETY -> measures(doc, fonts, locale, details.included().stream()
                        .filter(ReportMeasure::civilSociety).toList());
                case ANNEXES -> text(doc, fonts, locale, content.annexesDescription());
                case STATISTICAL_ANNEX -> statistics(doc, fonts, locale, content.statistics());
            }
        }
    }

    private void measures(Document doc, Fonts fonts, Locale locale, List<ReportMeasure> included) {
        if (included.isEmpty()) {
            doc.add(new Paragraph(t(locale, "report.document.none"), fonts.body));
        }
        int n = 0;
        for (ReportMeasure measure : included) {
            n++;
            Paragraph title = new Paragraph(n + ". " + measure.title(), fonts.subtitle);
            title.setSpacingBefore(12);
            doc.add(title);
            Optional<PublishedMeasure> published = measures.currentPublication(measure.id());
            if (published.isEmpty()) {
                doc.add(new Paragraph(t(locale, "report.measure.notPublished"), fonts.body));
                continue;
            }
            for (MeasureFields.Field field : fields.of(published.get(), locale)) {
                labelled(doc, fonts, field.label(), field.value());
            }
        }
    }

    private void statistics(Document doc, Fonts fonts, Locale locale, List<StatisticRow> rows) {
        if (rows.isEmpty()) {
            doc.add(new Paragraph(t(locale, "report.document.none"), fonts.body));
            return;
        }
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {4, 2, 1, 3});
        for (String key : List.of("report.statistic.indicator", "report.statistic.value", "report.statistic.year",
                "report.statistic.source")) {
            table.addCell(new Phrase(t(locale, key), fonts.heading));
        }
        for (StatisticRow row : rows) {
            table.addCell(new Phrase(nullToEmpty(row.indicator()), fonts.body));
            table.addCell(new Phrase(nullToEmpty(row.value()), fonts.body));
            table.addCell(new Phrase(row.year() == null ? "" : row.year().toString(), fonts.body));
            table.addCell(new Phrase(nullToEmpty(row.source()), fonts.body));
        }
        doc.add(table);
    }

    private void text(Document doc, Fonts fonts, Locale locale, String text) {
        doc.add(new Paragraph(text == null || text.isBlank() ? t(locale, "report.document.none") : text, fonts.body));
    }

    private static void labelled(Document doc, Fonts fonts, String label, String value) {
        Paragraph heading = new Paragraph(label, fonts.heading);
        heading.setSpacingBefore(6);
        doc.add(heading);
        doc.add(new Paragraph(nullToEmpty(value), fonts.body));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.translate(locale, key, arguments);
    }

    /** Liberation Sans (shipped inside OpenPDF), embedded, so accents and Cyrillic print and extract. */
    private static final class Fonts {
        private static final BaseFont BASE = load();
        final Font title = new Font(BASE, 16);
        final Font subtitle = new Font(BASE, 12, Font.BOLD);
        final Font heading = new Font(BASE, 10, Font.BOLD);
        final Font body = new Font(BASE, 10);
        final Font small = new Font(BASE, 8);

        private static BaseFont load() {
            try {
                return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
