package org.policymonitor.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;

import org.policymonitor.i18n.SupportedLanguages;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Read-only open-data API over the published measures. Every answer carries an ETag and Last-Modified
 * derived from the catalogue's state, so clients and proxies can revalidate with a 304 instead of a download.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "catalogue", description = "Published policies and measures")
class CatalogueApi {

    /** Distinguishes ETags across restarts (the index revision starts again at every start). */
    private static final String INSTANCE = Long.toHexString(ThreadLocalRandom.current().nextLong());

    record PartyView(String isoCode, String name, String region, String regionLabel, int publishedMeasures) {
    }

    record TermView(String code, String label, String labelEn, String labelFr, String labelEs) {
    }

    private final CatalogueService catalogue;
    private final CatalogueExports exports;
    private final VocabularyService vocabulary;
    private final ApiParameters parameters;

    CatalogueApi(CatalogueService catalogue, CatalogueExports exports, VocabularyService vocabulary,
            ApiParameters parameters) {
        this.parameters = parameters;
        this.catalogue = catalogue;
        this.exports = exports;
        this.vocabulary = vocabulary;
    }

    @Operation(summary = "Search published measures", description = "Free text (q) and facets. Several values of one "
            + "facet (repeated parameter or comma-separated) combine with OR; facets combine with AND. Each facet's counts "
            + "are computed without its own selection, so the other values of a ticked facet keep their counts. "
            + "When nothing matches exactly, the answer has a 'suggestion' (did you mean) and items matching similar "
            + "words ('approximate': true). Items carry 'highlights': HTML-escaped passages with <mark> around matches.")
    @GetMapping("/measures")
    ResponseEntity<CatalogueService.SearchPage> search(WebRequest request,
            @Parameter(description = "Words to find (all of them, in any form: plural, accents, UK/US spelling); "
                    + "\"a phrase\" in quotes; -word to exclude. At most 500 characters.", example = "cultural industries")
            @RequestParam(required = false) String q,
            @Parameter(description = "Party, by ISO 3166-1 alpha-2 code", example = "MN")
            @RequestParam(required = false) List<String> party,
            @Parameter(description = "UNESCO electoral group of the Party", example = "GROUP_IV")
            @RequestParam(required = false) List<String> region,
            @Parameter(description = "Reporting cycle", example = "2020-2023")
            @RequestParam(required = false) List<String> cycle,
            @Parameter(description = "Goal of the 2005 Convention", example = "GOVERNANCE")
            @RequestParam(required = false) List<String> goal,
            @Parameter(description = "Area of monitoring", example = "DIGITAL_ENVIRONMENT")
            @RequestParam(required = false) List<String> area,
            @Parameter(description = "Cultural domain", example = "MUSIC")
            @RequestParam(required = false) List<String> domain,
            @Parameter(description = "Type of entity of a partner", example = "CIVIL_SOCIETY")
            @RequestParam(required = false) List<String> partnerType,
            @Parameter(description = "Whether the measure's implementation was evaluated", example = "YES")
            @RequestParam(required = false) List<String> evaluated,
            @Parameter(description = "Whether the measure specifically targets young people (current form)", example = "YES")
            @RequestParam(required = false) List<String> youth,
            @Parameter(description = "Whether the measure grants preferential treatment to developing countries (current form)",
                    example = "YES")
            @RequestParam(required = false) List<String> preferentialTreatment,
            @Parameter(description = "Whether the measure promotes gender equality (current form)", example = "YES")
            @RequestParam(required = false) List<String> genderEquality,
            @Parameter(description = "Sustainable Development Goal the measure contributes to", example = "SDG_05_GENDER_EQUALITY")
            @RequestParam(required = false) List<String> sdg,
            @Parameter(description = "Whether the measure was reported by civil society (YES, NO)", example = "YES")
            @RequestParam(required = false) List<String> civilSociety,
            @Parameter(description = "Order: relevance (default when q is given) or date (newest first; default without q)",
                    example = "date") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number, from 0; page * size + size may not exceed 10000", example = "0")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Results per page, 1 to 200", example = "20") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Language of labels and texts: en, fr or es (default: the Accept-Language header, else en)", example = "fr") @RequestParam(required = false) String lang) {
        CatalogueQuery query = parameters.search(parameterMap(request), true);
        if (notModified(request, lang)) {
            return null;
        }
        return cached(lang, catalogue.search(query, locale(request, lang)));
    }

    @Operation(summary = "The current published version of a measure")
    @GetMapping("/measures/{measureId}")
    ResponseEntity<PublishedMeasure> measure(WebRequest request,
            @Parameter(description = "Id of the measure", example = "1") @PathVariable Long measureId) {
        if (notModified(request, null)) {
            return null;
        }
        return cached(null, catalogue.measure(measureId).orElseThrow(() -> notFound("measure", measureId)));
    }

    @Operation(summary = "Every published version of a measure, newest first")
    @GetMapping("/measures/{measureId}/versions")
    ResponseEntity<List<PublishedMeasure>> versions(WebRequest request,
            @Parameter(description = "Id of the measure", example = "1") @PathVariable Long measureId) {
        if (notModified(request, null)) {
            return null;
        }
        List<PublishedMeasure> versions = catalogue.versions(measureId);
        if (versions.isEmpty()) {
            throw notFound("measure", measureId);
        }
        return cached(null, versions);
    }

    @Operation(summary = "One published version of a measure")
    @GetMapping("/measures/{measureId}/versions/{publicationNo}")
    ResponseEntity<PublishedMeasure> version(WebRequest request,
            @Parameter(description = "Id of the measure", example = "1") @PathVariable Long measureId,
            @Parameter(description = "Number of the published version, from 1", example = "1") @PathVariable int publicationNo) {
        if (notModified(request, null)) {
            return null;
        }
        return cached(null, catalogue.version(measureId, publicationNo)
                .orElseThrow(() -> notFound("version", measureId + "/" + publicationNo)));
    }

    @Operation(summary = "PDF of the current published version of a measure")
    @GetMapping(value = "/measures/{measureId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> measurePdf(WebRequest request,
            @Parameter(description = "Id of the measure", example = "1") @PathVariable Long measureId,
            @Parameter(description = "Language of labels and texts: en, fr or es (default: the Accept-Language header, else en)", example = "fr") @RequestParam(required = false) String lang) {
        if (notModified(request, lang)) {
            return null;
        }
        PublishedMeasure measure = catalogue.measure(measureId).orElseThrow(() -> notFound("measure", measureId));
        return download(lang, "measure-" + measureId + ".pdf", MediaType.APPLICATION_PDF,
                exports.measurePdf(measure, locale(request, lang)));
    }

    @Operation(summary = "Export the current search as CSV, XLSX or JSON",
            description = "Same search parameters as /measures (q, the facets, sort; no paging); at most 10,000 measures.")
    @GetMapping("/exports/measures.{format}")
    ResponseEntity<byte[]> export(WebRequest request,
            @Parameter(description = "File format", example = "csv",
                    schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            @Parameter(description = "Language of the column headers and labels: en, fr or es (default: the Accept-Language header, else en); codes keep columns of their own", example = "fr") @RequestParam(required = false) String lang)
            throws IOException {
        CatalogueQuery query = parameters.search(parameterMap(request), false);
        if (notModified(request, lang)) {
            return null;
        }
        List<PublishedMeasure> measures = catalogue.matching(query);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        switch (format) {
            case "csv" -> {
                exports.csv(measures, locale(request, lang), out);
                type = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
            }
            case "xlsx" -> {
                exports.xlsx(measures, locale(request, lang), out);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            case "json" -> {
                exports.json(measures, out);
                type = MediaType.APPLICATION_JSON;
            }
            default -> throw notFound("format", format);
        }
        return download(lang, "measures." + format, type, out.toByteArray());
    }

    @Operation(summary = "Parties with their number of published measures")
    @GetMapping("/parties")
    ResponseEntity<List<PartyView>> parties(WebRequest request,
            @Parameter(description = "Language of labels and texts: en, fr or es (default: the Accept-Language header, else en)", example = "fr") @RequestParam(required = false) String lang) {
        if (notModified(request, lang)) {
            return null;
        }
        Locale locale = locale(request, lang);
        Map<String, Integer> counts = new LinkedHashMap<>();
        catalogue.search(CatalogueQuery.all(), 0, 0, locale).facets().stream()
                .filter(g -> g.facet() == Facet.PARTY).flatMap(g -> g.values().stream())
                .forEach(v -> counts.put(v.code(), v.count()));
        return cached(lang, catalogue.parties().stream().map(p -> new PartyView(p.getIsoCode(), catalogue.partyName(p, locale),
                p.getRegionCode(), catalogue.label(Facet.REGION, p.getRegionCode(), locale),
                counts.getOrDefault(p.getIsoCode(), 0))).toList());
    }

    @Operation(summary = "PDF of a Party's published measures for a reporting cycle, with a contents page")
    @GetMapping(value = "/parties/{isoCode}/reports/{cycle}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(WebRequest request,
            @Parameter(description = "Party, by ISO 3166-1 alpha-2 code", example = "MN") @PathVariable String isoCode,
            @Parameter(description = "Reporting cycle", example = "2020-2023") @PathVariable String cycle,
            @Parameter(description = "Language of labels and texts: en, fr or es (default: the Accept-Language header, else en)", example = "fr") @RequestParam(required = false) String lang) {
        if (notModified(request, lang)) {
            return null;
        }
        Party party = catalogue.party(isoCode).orElseThrow(() -> notFound("party", isoCode));
        ReportingCycle reportingCycle = catalogue.cycles().stream().filter(c -> c.getCode().equals(cycle)).findFirst()
                .orElseThrow(() -> notFound("cycle", cycle));
        List<PublishedMeasure> measures = catalogue.report(party.getIsoCode(), reportingCycle.getCode());
        return download(lang, "report-" + party.getIsoCode() + "-" + reportingCycle.getCode() + ".pdf",
                MediaType.APPLICATION_PDF, exports.reportPdf(party, reportingCycle, measures, locale(request, lang)));
    }

    @Operation(summary = "The vocabularies (goal, area, domain, entity type, scope, nature, region, Sustainable Development Goal)")
    @GetMapping("/vocabularies")
    ResponseEntity<Map<String, List<TermView>>> vocabularies(WebRequest request,
            @Parameter(description = "Language of labels and texts: en, fr or es (default: the Accept-Language header, else en)", example = "fr") @RequestParam(required = false) String lang) {
        if (notModified(request, lang)) {
            return null;
        }
        Locale locale = locale(request, lang);
        Map<String, List<TermView>> all = new LinkedHashMap<>();
        for (VocabularyKind kind : VocabularyKind.values()) {
            all.put(kind.name(), terms(kind, locale));
        }
        return cached(lang, all);
    }

    @Operation(summary = "One vocabulary")
    @GetMapping("/vocabularies/{kind}")
    ResponseEntity<List<TermView>> vocabulary(WebRequest request,
            @Parameter(description = "The vocabulary", example = "GOAL", schema = @Schema(allowableValues = {"GOAL", "AREA",
                    "DOMAIN", "ENTITY_TYPE", "SCOPE", "NATURE", "REGION", "SDG"})) @PathVariable String kind,
            @Parameter(description = "Language of labels and texts: en, fr or es (default: the Accept-Language header, else en)", example = "fr") @RequestParam(required = false) String lang) {
        if (notModified(request, lang)) {
            return null;
        }
        VocabularyKind vocabularyKind = Arrays.stream(VocabularyKind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind)).findFirst().orElseThrow(() -> notFound("vocabulary", kind));
        return cached(lang, terms(vocabularyKind, locale(request, lang)));
    }

    @Operation(summary = "Measures per goal, area, domain, region and cycle; reported budgets in USD")
    @GetMapping("/statistics")
    ResponseEntity<List<CatalogueService.Series>> statistics(WebRequest request,
            @Parameter(description = "Language of labels and texts: en, fr or es (default: the Accept-Language header, else en)", example = "fr") @RequestParam(required = false) String lang) {
        if (notModified(request, lang)) {
            return null;
        }
        return cached(lang, catalogue.statistics(locale(request, lang)));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(ApiParameters.BadParameterException.class)
    ResponseEntity<Map<String, String>> badParameter(ApiParameters.BadParameterException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage(), "parameter", e.parameter()));
    }

    /** The first index is still being built (a fresh install or an unreadable index): try again shortly. */
    @ExceptionHandler(CatalogueIndex.NotReadyException.class)
    ResponseEntity<Map<String, String>> notReady(CatalogueIndex.NotReadyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    /** {@code page=abc}, {@code /measures/abc}: a parameter of the wrong type is the client's mistake. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> badParameter(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return Map.of("error", "Parameter '" + e.getName() + "' must be a " + switch (type) {
            case "int", "Integer", "long", "Long" -> "whole number";
            default -> type;
        }, "parameter", e.getName());
    }

    /** Malformed percent-encoding or bytes that are not UTF-8 in the query string (Tomcat parses it lazily). */
    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> undecodableParameter(InvalidParameterException e) {
        return Map.of("error", "The query string is not valid percent-encoded UTF-8");
    }

    private List<TermView> terms(VocabularyKind kind, Locale locale) {
        return vocabulary.terms(kind).stream()
                .map(t -> new TermView(t.code(), t.label(locale), t.labelEn(), t.labelFr(), t.labelEs())).toList();
    }

    private static Map<String, List<String>> parameterMap(WebRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    private static Locale locale(WebRequest request, String lang) {
        if (lang != null && !lang.isBlank()) {
            return SupportedLanguages.fromTag(lang);
        }
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return SupportedLanguages.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, SupportedLanguages.ALL);
            return best == null ? SupportedLanguages.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return SupportedLanguages.ENGLISH;
        }
    }

    private String etag(WebRequest request, String lang) {
        return "W/\"" + INSTANCE + "-" + catalogue.revision() + "-" + locale(request, lang).getLanguage() + "\"";
    }

    private boolean notModified(WebRequest request, String lang) {
        return request.checkNotModified(etag(request, lang), catalogue.lastModified().toEpochMilli());
    }

    private <T> ResponseEntity<T> cached(String lang, T body) {
        return ResponseEntity.ok()
                .cacheControl(org.springframework.http.CacheControl.noCache().cachePublic())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }

    private ResponseEntity<byte[]> download(String lang, String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .cacheControl(org.springframework.http.CacheControl.noCache().cachePublic())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    private static NoSuchElementException notFound(String what, Object id) {
        return new NoSuchElementException("No " + what + " " + abbreviate(String.valueOf(id)));
    }

    private static String abbreviate(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }
}
