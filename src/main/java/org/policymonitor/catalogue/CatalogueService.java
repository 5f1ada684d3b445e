package org.policymonitor.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.PartyNames;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.vocabulary.Term;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalogue: search with facets over the current published versions, measure pages,
 * exports and statistics. Everything here reads published versions only; it is open to anonymous visitors.
 */
@Service
public class CatalogueService {

    /** Exports and Party reports stop here; the open-data API pages beyond it. */
    public static final int EXPORT_LIMIT = 10_000;

    /**
     * A result row. {@code highlights} maps "title" and "text" to HTML-escaped passages with {@code <mark>}
     * around the words that matched (empty without a text search).
     */
    public record MeasureSummary(Long measureId, int publicationNo, String title, String partyIso, String partyName,
            String cycle, List<String> agencies, String evaluation, BigDecimal budgetUsd, Instant publishedAt,
            float score, Map<String, String> highlights, boolean reportedByCivilSociety,
            String civilSocietyOrganisation) {

        MeasureSummary withPartyName(String name) {
            return new MeasureSummary(measureId, publicationNo, title, partyIso, name, cycle, agencies, evaluation,
                    budgetUsd, publishedAt, score, highlights, reportedByCivilSociety, civilSocietyOrganisation);
        }
    }

    public record FacetCount(String code, String label, int count) {
    }

    public record FacetGroup(Facet facet, String parameter, String label, List<FacetCount> values) {
    }

    /**
     * One page of results. When nothing matched exactly, {@code suggestion} is a corrected text ("did you
     * mean") and {@code approximate} says the items matched similar words instead.
     */
    public record SearchPage(long total, int page, int size, List<MeasureSummary> items, List<FacetGroup> facets,
            String suggestion, boolean approximate) {

        public long totalPages() {
            return size == 0 ? 0 : (total + size - 1) / size;
        }
    }

    public record Bar(String code, String label, BigDecimal value) {
    }

    public record Series(String id, String title, boolean money, List<Bar> bars) {
    }

    private final CatalogueIndex index;
    private final CatalogueSearcher searcher;
    private final PublicRecord publicRecord;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final VocabularyService vocabulary;
    private final TranslationProvider translations;
    private final JsonMapper json;
    private final Map<String, String> partyNames = new ConcurrentHashMap<>();
    private final Map<VocabularyKind, Map<String, Term>> terms = new ConcurrentHashMap<>();

    CatalogueService(CatalogueIndex index, PublicRecord publicRecord, MeasureService measures,
            ReferenceData referenceData, VocabularyService vocabulary, TranslationProvider translations, JsonMapper json) {
        this.index = index;
        this.searcher = new CatalogueSearcher(index.facets, index.analyzer);
        this.publicRecord = publicRecord;
        this.measures = measures;
        this.referenceData = referenceData;
        this.vocabulary = vocabulary;
        this.translations = translations;
        this.json = json;
    }

    public SearchPage search(CatalogueQuery query, Locale locale) {
        return search(query, query.page() * query.size(), query.size(), locale);
    }

    /**
     * Search with an explicit offset and limit (lazy grids fetch by offset).
     *
     * @throws CatalogueIndex.NotReadyException while the index is being built for the first time
     */
    public SearchPage search(CatalogueQuery query, int offset, int limit, Locale locale) {
        CatalogueSearcher.Result result = index.read(s -> searcher.search(s, query, offset, limit));
        return new SearchPage(result.total(), query.page(), query.size(), inLanguage(result.page(), locale),
                facetGroups(result, locale), result.suggestion(), result.approximate());
    }

    /** The rows with their Party named in the reader's language (the index keeps the stored name). */
    private static List<MeasureSummary> inLanguage(List<MeasureSummary> rows, Locale locale) {
        return rows.stream().map(r -> r.withPartyName(PartyNames.of(r.partyIso(), r.partyName(), locale))).toList();
    }

    public int count(CatalogueQuery query) {
        return index.read(s -> searcher.count(s, query));
    }

    /** Whether a measure in the index has this facet value (then the code is known without asking the database). */
    boolean indexed(Facet facet, String code) {
        try {
            return index.read(s -> searcher.indexed(s, facet, code));
        } catch (CatalogueIndex.NotReadyException e) {
            return false;
        }
    }

    /** Whether searches can be answered now (false while the first index is being built). */
    public boolean ready() {
        return index.state() != CatalogueIndex.State.PREPARING;
    }

    /** The current published version; drafts and versions in progress are never returned. */
    public Optional<PublishedMeasure> measure(Long measureId) {
        return measures.currentPublication(measureId).map(publicRecord::of);
    }

    /** Every published version of the measure, newest first. */
    public List<PublishedMeasure> versions(Long measureId) {
        return measures.publicationsOf(measureId).stream().map(publicRecord::of).toList();
    }

    public Optional<PublishedMeasure> version(Long measureId, int publicationNo) {
        return versions(measureId).stream().filter(p -> p.publicationNo() == publicationNo).findFirst();
    }

    /** The current published versions matching the search, in its order (at most {@link #EXPORT_LIMIT}). */
    public List<PublishedMeasure> matching(CatalogueQuery query) {
        return index.read(s -> searcher.snapshots(s, query, EXPORT_LIMIT)).stream()
                .map(snapshot -> json.readValue(snapshot, PublishedMeasure.class)).toList();
    }

    /** All current published measures of a Party for a cycle, by title. */
    public List<PublishedMeasure> report(String partyIso, String cycleCode) {
        CatalogueQuery query = CatalogueQuery.all().withFilter(Facet.PARTY, List.of(partyIso))
                .withFilter(Facet.CYCLE, List.of(cycleCode));
        return matching(query).stream()
                .sorted(Comparator.comparing(p -> String.valueOf(p.content().title()), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<Party> party(String isoCode) {
        return isoCode == null ? Optional.empty() : referenceData.partyByIso(isoCode.toUpperCase(Locale.ROOT));
    }

    public Optional<Party> party(Long id) {
        return referenceData.party(id);
    }

    public List<Party> parties() {
        return referenceData.parties();
    }

    public Optional<ReportingCycle> cycle(Long id) {
        return referenceData.cycle(id);
    }

    public List<ReportingCycle> cycles() {
        return referenceData.cycles();
    }

    /** Changes whenever the searchable content changes (used for HTTP ETags). */
    public long revision() {
        return index.revision();
    }

    /** The newest publication in the catalogue (HTTP Last-Modified). */
    public Instant lastModified() {
        if (!ready()) {
            return Instant.EPOCH;
        }
        return index.read(searcher::newest);
    }

    /** The label of a facet value in the reader's language. */
    public String label(Facet facet, String code, Locale locale) {
        return switch (facet) {
            case PARTY -> partyName(code, locale);
            case CYCLE -> code;
            case EVALUATED -> translations.translate(locale, "catalogue.evaluated." + code);
            case YOUTH, PREFERENTIAL_TREATMENT, GENDER_EQUALITY -> translations.translate(locale, "catalogue.yesNo." + code);
            case CIVIL_SOCIETY -> translations.translate(locale, "catalogue.civilSociety." + code);
            default -> vocabularyLabel(facet.vocabulary().orElseThrow(), code, locale);
        };
    }

    /** A vocabulary label, from a per-kind copy of the terms (searches label many codes). */
    public String vocabularyLabel(VocabularyKind kind, String code, Locale locale) {
        Map<String, Term> byCode = terms.computeIfAbsent(kind, k -> {
            Map<String, Term> map = new java.util.HashMap<>();
            vocabulary.terms(k).forEach(t -> map.put(t.code(), t));
            return map;
        });
        Term term = byCode.get(code);
        return term == null ? code : term.label(locale);
    }

    /**
     * A Party's name in the reader's language ({@link PartyNames}). Codes come from URLs anyone can type: only
     * the stored names of Parties that exist are remembered, under their own ISO code, so the map never holds
     * more entries than there are Parties.
     */
    private String partyName(String isoCode, Locale locale) {
        if (isoCode == null) {
            return null;
        }
        String iso = isoCode.toUpperCase(Locale.ROOT);
        String stored = partyNames.get(iso);
        if (stored == null) {
            Optional<Party> party = party(isoCode);
            if (party.isEmpty()) {
                return isoCode;
            }
            partyNames.put(party.get().getIsoCode(), party.get().getName());
            stored = party.get().getName();
        }
        return PartyNames.of(iso, stored, locale);
    }

    /** The Party's name in the reader's language. */
    public String partyName(Party party, Locale locale) {
        return PartyNames.of(party, locale);
    }

    /** How many Party names are remembered (tests: the map stays bounded by the Parties). */
    int rememberedPartyNames() {
        return partyNames.size();
    }

    /** Measures per goal, area, cultural domain, region and cycle, and the reported budgets (USD). */
    public List<Series> statistics(Locale locale) {
        CatalogueSearcher.Result all = index.read(s -> searcher.search(s, CatalogueQuery.all(), 0, 0));
        List<Series> series = new ArrayList<>();
        for (Facet facet : List.of(Facet.GOAL, Facet.AREA, Facet.DOMAIN, Facet.REGION, Facet.CYCLE)) {
            Map<String, Integer> counts = all.facetCounts().getOrDefault(facet, Map.of());
            List<Bar> bars = new ArrayList<>();
            for (String code : codesInOrder(facet, counts.keySet())) {
                bars.add(new Bar(code, label(facet, code, locale), BigDecimal.valueOf(counts.getOrDefault(code, 0))));
            }
            series.add(new Series(facet.parameter(), translations.translate(locale, "catalogue.stats.per." + facet.parameter()),
                    false, bars));
        }
        Map<String, BigDecimal> perCycle = new TreeMap<>();
        Map<String, BigDecimal> perRegion = new TreeMap<>();
        index.read(s -> {
            searcher.budgets(s, (cycle, amount) -> perCycle.merge(cycle, amount, BigDecimal::add),
                    (region, amount) -> perRegion.merge(region, amount, BigDecimal::add));
            return null;
        });
        series.add(new Series("budgetCycle", translations.translate(locale, "catalogue.stats.budget.cycle"), true,
                perCycle.entrySet().stream().map(e -> new Bar(e.getKey(), e.getKey(), e.getValue())).toList()));
        series.add(new Series("budgetRegion", translations.translate(locale, "catalogue.stats.budget.region"), true,
                codesInOrder(Facet.REGION, perRegion.keySet()).stream()
                        .map(code -> new Bar(code, label(Facet.REGION, code, locale),
                                perRegion.getOrDefault(code, BigDecimal.ZERO))).toList()));
        return series;
    }

    /** Vocabulary facets in vocabulary order (every term, also those with no measure); others sorted. */
    private List<String> codesInOrder(Facet facet, java.util.Collection<String> present) {
        if (facet.vocabulary().isPresent()) {
            List<String> codes = new ArrayList<>(vocabulary.terms(facet.vocabulary().get()).stream().map(Term::code).toList());
            present.stream().filter(c -> !codes.contains(c)).sorted().forEach(codes::add);
            return codes;
        }
        return present.stream().sorted().toList();
    }

    private List<FacetGroup> facetGroups(CatalogueSearcher.Result result, Locale locale) {
        Map<Facet, List<FacetCount>> groups = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Integer> counts = result.facetCounts().getOrDefault(facet, Map.of());
            List<FacetCount> values = new ArrayList<>();
            counts.forEach((code, count) -> values.add(new FacetCount(code, label(facet, code, locale), count)));
            values.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::label));
            groups.put(facet, values);
        }
        List<FacetGroup> list = new ArrayList<>();
        groups.forEach((facet, values) -> list.add(new FacetGroup(facet, facet.parameter(),
                translations.translate(locale, facet.messageKey()), values)));
        return list;
    }

}
