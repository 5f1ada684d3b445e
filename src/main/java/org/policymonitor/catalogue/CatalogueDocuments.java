package org.policymonitor.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index mapping: which Lucene fields a measure becomes. Change {@link #MAPPING_VERSION} with any change
 * here or in {@link CatalogueAnalysis}: an index written with another version is rebuilt at start-up.
 */
final class CatalogueDocuments {

    static final int MAPPING_VERSION = 3;

    static final String ID = "id";
    static final String ID_SORT = "id_sort";
    static final String PUBLISHED = "published";
    static final String PUBLICATION_NO = "publication_no";
    static final String TITLE = "title";
    static final String NAMES = "names";
    static final String BODY = "body";
    static final String PARTY_ISO = "party_iso";
    static final String PARTY_NAME = "party_name";
    static final String CYCLE = "cycle";
    static final String REGION = "region";
    static final String AGENCIES = "agencies";
    static final String EVALUATION = "evaluation";
    static final String BUDGET = "budget";
    static final String BUDGET_CENTS = "budget_cents";
    static final String SNAPSHOT = "snapshot";
    /** The analysed source texts; each is indexed as {@code <field>_en}, {@code _fr} and {@code _es}. */
    static final List<String> TEXT_FIELDS = List.of(TITLE, NAMES, BODY);
    static final Set<String> SUMMARY_FIELDS = Set.of(ID, PUBLICATION_NO, TITLE, PARTY_ISO, PARTY_NAME, CYCLE, AGENCIES,
            EVALUATION, BUDGET, PUBLISHED);
    /** The summary's fields and the stored texts the highlighter marks up. */
    static final Set<String> SUMMARY_AND_TEXT_FIELDS = Set.of(ID, PUBLICATION_NO, TITLE, PARTY_ISO, PARTY_NAME, CYCLE,
            AGENCIES, EVALUATION, BUDGET, PUBLISHED, BODY);

    /** Positions for phrases, offsets for the highlighter (no re-analysis of the stored text). */
    private static final FieldType TEXT = new FieldType();
    /** Words only, for suggestions and fuzzy matching. */
    private static final FieldType SPELL = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
        SPELL.setTokenized(true);
        SPELL.setOmitNorms(true);
        SPELL.setIndexOptions(IndexOptions.DOCS);
        SPELL.freeze();
    }

    private CatalogueDocuments() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.parameter(), true);
        }
        return config;
    }

    static Term idTerm(Long measureId) {
        return new Term(ID, String.valueOf(measureId));
    }

    static Document document(IndexedMeasure m, String snapshotJson) {
        Document doc = new Document();
        doc.add(new StringField(ID, String.valueOf(m.measureId()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_SORT, m.measureId()));
        doc.add(new NumericDocValuesField(PUBLISHED, m.publishedAt().toEpochMilli()));
        doc.add(new StoredField(PUBLISHED, m.publishedAt().toEpochMilli()));
        doc.add(new StoredField(PUBLICATION_NO, m.publicationNo()));
        text(doc, TITLE, m.title());
        text(doc, NAMES, m.names());
        text(doc, BODY, m.body());
        doc.add(new StoredField(TITLE, nullToEmpty(m.title())));
        doc.add(new StoredField(BODY, nullToEmpty(m.body())));
        doc.add(new Field(CatalogueAnalysis.SPELL, String.join("\n", nullToEmpty(m.title()), nullToEmpty(m.names()),
                nullToEmpty(m.body())), SPELL));
        doc.add(new StoredField(PARTY_ISO, m.partyIso()));
        doc.add(new StoredField(PARTY_NAME, m.partyName()));
        doc.add(new StoredField(CYCLE, m.cycleCode()));
        doc.add(new SortedDocValuesField(CYCLE, new BytesRef(m.cycleCode())));
        if (m.regionCode() != null) {
            doc.add(new SortedDocValuesField(REGION, new BytesRef(m.regionCode())));
        }
        doc.add(new StoredField(AGENCIES, String.join("\n", m.agencies())));
        doc.add(new StoredField(EVALUATION, m.evaluation()));
        if (m.budgetUsd() != null) {
            doc.add(new StoredField(BUDGET, m.budgetUsd().toPlainString()));
            doc.add(new NumericDocValuesField(BUDGET_CENTS, m.budgetUsd().movePointRight(2).longValue()));
        }
        m.facets().forEach((facet, codes) -> codes.forEach(code ->
                doc.add(new SortedSetDocValuesFacetField(facet.parameter(), code))));
        doc.add(new StoredField(SNAPSHOT, snapshotJson));
        return doc;
    }

    private static void text(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (CatalogueAnalysis.Language language : CatalogueAnalysis.Language.values()) {
            doc.add(new Field(field + language.suffix(), value, TEXT));
        }
    }

    static CatalogueService.MeasureSummary summary(Document doc, float score, java.util.Map<String, String> highlights) {
        String agencies = doc.get(AGENCIES);
        String budget = doc.get(BUDGET);
        return new CatalogueService.MeasureSummary(Long.valueOf(doc.get(ID)),
                doc.getField(PUBLICATION_NO).numericValue().intValue(), doc.get(TITLE), doc.get(PARTY_ISO),
                doc.get(PARTY_NAME), doc.get(CYCLE),
                agencies == null || agencies.isEmpty() ? List.of() : Arrays.asList(agencies.split("\n")),
                doc.get(EVALUATION), budget == null ? null : new BigDecimal(budget),
                Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()),
                Float.isNaN(score) ? 0f : score, highlights);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
