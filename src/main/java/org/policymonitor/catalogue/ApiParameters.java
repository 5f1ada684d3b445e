package org.policymonitor.catalogue;

import java.util.List;
import java.util.Map;

import org.policymonitor.measure.Evaluation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.vocabulary.Term;
import org.policymonitor.vocabulary.VocabularyService;
import org.springframework.stereotype.Component;

/**
 * The open-data API checks its search parameters instead of guessing: an unknown facet code, sort value or a
 * page outside the result window is the client's mistake and gets a 400 naming the parameter (the UI, which
 * builds its own URLs, stays lenient through {@link CatalogueQuery#fromParameters}).
 */
@Component
class ApiParameters {

    /** Deep paging costs memory per request: page * size + size may not pass this window. */
    static final int MAX_WINDOW = 10_000;

    /** A parameter the API cannot accept. */
    static final class BadParameterException extends RuntimeException {
        private final String parameter;

        BadParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    private final ReferenceData referenceData;
    private final VocabularyService vocabulary;

    ApiParameters(ReferenceData referenceData, VocabularyService vocabulary) {
        this.referenceData = referenceData;
        this.vocabulary = vocabulary;
    }

    /** The codes each facet accepts, in a stable order (also the OpenAPI enums). */
    List<String> codes(Facet facet) {
        return switch (facet) {
            case PARTY -> referenceData.parties().stream().map(p -> p.getIsoCode()).sorted().toList();
            case CYCLE -> referenceData.cycles().stream().map(ReportingCycle::getCode).sorted().toList();
            case EVALUATED -> java.util.Arrays.stream(Evaluation.values()).map(Enum::name).toList();
            case YOUTH, PREFERENTIAL_TREATMENT, GENDER_EQUALITY -> Facet.YES_NO;
            default -> vocabulary.terms(facet.vocabulary().orElseThrow()).stream().map(Term::code).toList();
        };
    }

    /** Checks the search parameters; throws {@link BadParameterException} for the first invalid one. */
    CatalogueQuery search(Map<String, List<String>> parameters, boolean paged) {
        String text = first(parameters, "q");
        if (text != null && text.length() > SearchText.MAX_LENGTH) {
            throw new BadParameterException("q", "Parameter 'q' may have at most " + SearchText.MAX_LENGTH + " characters");
        }
        for (Facet facet : Facet.values()) {
            List<String> allowed = null;
            for (String value : parameters.getOrDefault(facet.parameter(), List.of())) {
                for (String code : value.split(",")) {
                    if (code.isBlank()) {
                        continue;
                    }
                    allowed = allowed == null ? codes(facet) : allowed;
                    if (!allowed.contains(code.strip())) {
                        throw new BadParameterException(facet.parameter(), "Parameter '" + facet.parameter()
                                + "' has an unknown code '" + abbreviated(code.strip()) + "'");
                    }
                }
            }
        }
        String sort = first(parameters, "sort");
        if (sort != null && java.util.Arrays.stream(CatalogueQuery.Sort.values())
                .noneMatch(s -> s.parameter().equals(sort.strip()))) {
            throw new BadParameterException("sort", "Parameter 'sort' must be one of: relevance, date");
        }
        int page = paged ? number(parameters, "page", 0) : 0;
        int size = paged ? number(parameters, "size", CatalogueQuery.DEFAULT_SIZE) : CatalogueQuery.DEFAULT_SIZE;
        if (page < 0) {
            throw new BadParameterException("page", "Parameter 'page' must be 0 or more");
        }
        if (size < 1 || size > CatalogueQuery.MAX_SIZE) {
            throw new BadParameterException("size", "Parameter 'size' must be between 1 and " + CatalogueQuery.MAX_SIZE);
        }
        if ((long) page * size + size > MAX_WINDOW) {
            throw new BadParameterException("page", "Parameter 'page': results beyond the first " + MAX_WINDOW
                    + " cannot be paged to; narrow the search or use the exports");
        }
        return CatalogueQuery.fromParameters(parameters);
    }

    private static int number(Map<String, List<String>> parameters, String name, int fallback) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "Parameter '" + name + "' must be a whole number");
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String abbreviated(String code) {
        return code.length() > 40 ? code.substring(0, 40) + "…" : code;
    }
}
