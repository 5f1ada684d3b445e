package org.policymonitor.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A catalogue search: free text, selected facet values (OR inside one facet, AND across facets), sort and
 * page. It round-trips through URL query parameters, so the same search can be bookmarked in the UI and
 * sent to the REST API: {@code ?q=music&party=MN&goal=GOVERNANCE&sort=date&page=0&size=20}.
 */
public record CatalogueQuery(String text, Map<Facet, Set<String>> filters, Sort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public enum Sort {
        RELEVANCE, DATE;

        public String parameter() {
            return name().toLowerCase();
        }
    }

    public CatalogueQuery {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, codes) -> {
                if (codes != null && !codes.isEmpty()) {
                    copy.put(facet, Set.copyOf(new TreeSet<>(codes)));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? (text.isEmpty() ? Sort.DATE : Sort.RELEVANCE) : sort;
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static CatalogueQuery all() {
        return new CatalogueQuery("", Map.of(), null, 0, DEFAULT_SIZE);
    }

    public static CatalogueQuery text(String text) {
        return new CatalogueQuery(text, Map.of(), null, 0, DEFAULT_SIZE);
    }

    /**
     * The same search with other words. A sort the reader did not choose follows the words (relevance when there
     * are words, date otherwise); a sort they chose stays.
     */
    public CatalogueQuery withText(String newText) {
        Sort chosen = sort == defaultSort(text) ? null : sort;
        return new CatalogueQuery(newText, filters, chosen, 0, size);
    }

    private static Sort defaultSort(String text) {
        return text == null || text.isBlank() ? Sort.DATE : Sort.RELEVANCE;
    }

    public CatalogueQuery withFilter(Facet facet, Collection<String> codes) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, codes == null ? Set.of() : Set.copyOf(codes));
        return new CatalogueQuery(text, changed, sort, 0, size);
    }

    public CatalogueQuery withSort(Sort newSort) {
        return new CatalogueQuery(text, filters, newSort, 0, size);
    }

    public CatalogueQuery withPage(int newPage, int newSize) {
        return new CatalogueQuery(text, filters, sort, newPage, newSize);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** Reads {@code q}, the facet parameters (repeated or comma-separated), {@code sort}, {@code page}, {@code size}. */
    public static CatalogueQuery fromParameters(Map<String, List<String>> parameters) {
        String text = first(parameters, "q");
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> codes = new TreeSet<>();
            for (String value : parameters.getOrDefault(facet.parameter(), List.of())) {
                for (String code : value.split(",")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip());
                    }
                }
            }
            if (!codes.isEmpty()) {
                filters.put(facet, codes);
            }
        }
        Sort sort = null;
        String sortValue = first(parameters, "sort");
        if (sortValue != null) {
            for (Sort s : Sort.values()) {
                if (s.parameter().equalsIgnoreCase(sortValue.strip())) {
                    sort = s;
                }
            }
        }
        return new CatalogueQuery(text, filters, sort, parseInt(first(parameters, "page"), 0),
                parseInt(first(parameters, "size"), DEFAULT_SIZE));
    }

    /** The parameters of this search (without page and size), in a stable order. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            parameters.put("q", List.of(text));
        }
        filters.forEach((facet, codes) -> parameters.put(facet.parameter(), new ArrayList<>(new TreeSet<>(codes))));
        if (sort != (text.isEmpty() ? Sort.DATE : Sort.RELEVANCE)) {
            parameters.put("sort", List.of(sort.parameter()));
        }
        return parameters;
    }

    /** {@code q=...&party=MN&...} with values URL-encoded; empty for the unfiltered catalogue. */
    public String toQueryString() {
        StringBuilder out = new StringBuilder();
        toParameters().forEach((name, values) -> values.forEach(value -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }));
        return out.toString();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static int parseInt(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
