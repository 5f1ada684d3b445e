package org.policymonitor.catalogue.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policymonitor.catalogue.CatalogueQuery;
import org.policymonitor.catalogue.CatalogueService;
import org.policymonitor.catalogue.CatalogueService.FacetCount;
import org.policymonitor.catalogue.CatalogueService.FacetGroup;
import org.policymonitor.catalogue.CatalogueService.MeasureSummary;
import org.policymonitor.catalogue.CatalogueService.SearchPage;
import org.policymonitor.catalogue.Facet;
import org.policymonitor.shell.ui.NarrowScreen;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Public search over the published measures. The whole search (text, facets, sort) lives in the URL:
 * every change navigates to {@code catalogue?...}, and the view rebuilds itself from the URL, so a search
 * can be bookmarked, shared and stepped through with the browser's back button.
 */
@Route("catalogue")
@Menu(title = "catalogue.nav.catalogue", order = 10)
@AnonymousAllowed
@StyleSheet("context://styles/catalogue.css")
public class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final TextField search = new TextField();
    private final Select<CatalogueQuery.Sort> sort = new Select<>();
    private final Map<Facet, CheckboxGroup<String>> facetFields = new HashMap<>();
    private final Map<Facet, Map<String, FacetCount>> facetValues = new HashMap<>();
    private final Span resultCount = new Span();
    private final Div suggestion = new Div();
    private final Grid<MeasureSummary> grid = new Grid<>();
    private final HorizontalLayout exports = new HorizontalLayout();
    private CatalogueQuery query = CatalogueQuery.all();
    private boolean updating;

    CatalogueView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("catalogue-view");
        setSizeFull();

        search.setLabel(getTranslation("catalogue.search.label"));
        search.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(500);
        search.addClassName("catalogue-search");
        search.setHelperText(getTranslation("catalogue.search.help"));
        search.addValueChangeListener(e -> {
            if (!updating) {
                go(query.withText(e.getValue()));
            }
        });

        sort.setLabel(getTranslation("catalogue.sort.label"));
        sort.setItems(CatalogueQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("catalogue.sort." + s.parameter()));
        sort.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                go(query.withSort(e.getValue()));
            }
        });

        resultCount.getElement().setAttribute("aria-live", "polite");
        suggestion.addClassName("catalogue-suggestion");
        suggestion.getElement().setAttribute("aria-live", "polite");
        resultCount.addClassName("catalogue-count");
        exports.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        HorizontalLayout toolbar = new HorizontalLayout(search, sort);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        VerticalLayout facets = new VerticalLayout();
        facets.addClassName("catalogue-facets");
        facets.setPadding(false);
        facets.getElement().setAttribute("role", "search");
        facets.getElement().setAttribute("aria-label", getTranslation("catalogue.facets.label"));
        for (Facet facet : Facet.values()) {
            CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation(facet.messageKey()));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItemLabelGenerator(code -> itemLabel(facet, code));
            group.addValueChangeListener(e -> {
                if (!updating) {
                    go(query.withFilter(facet, e.getValue()));
                }
            });
            facetFields.put(facet, group);
            facets.add(group);
        }

        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addComponentColumn(CatalogueView::hit).setHeader(getTranslation("catalogue.column.title")).setFlexGrow(4);
        grid.addColumn(m -> catalogue.label(Facet.PARTY, m.partyIso(), getLocale()))
                .setHeader(getTranslation("catalogue.column.party")).setFlexGrow(1);
        Grid.Column<MeasureSummary> cycleColumn = grid.addColumn(MeasureSummary::cycle)
                .setHeader(getTranslation("catalogue.column.cycle")).setFlexGrow(1);
        Grid.Column<MeasureSummary> published = grid.addColumn(m -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(m.publishedAt().atZone(ZoneOffset.UTC)))
                .setHeader(getTranslation("catalogue.column.published")).setFlexGrow(1);
        // the cycle and the date are in the facets and on the measure's page; a phone shows title and Party
        NarrowScreen.hideOnPhones(this, List.of(cycleColumn, published));
        grid.setAriaLabel(getTranslation("catalogue.results.label"));
        grid.setSizeFull();

        // the facets fold away on a phone (closed there at first), above the results instead of beside them
        Details filters = new Details(getTranslation("catalogue.facets.toggle"), facets);
        filters.addClassName("catalogue-filters");
        filters.setOpened(true);
        NarrowScreen.onWidth(this, narrow -> filters.setOpened(!narrow));

        HorizontalLayout countAndExports = new HorizontalLayout(resultCount, exports);
        countAndExports.setWrap(true);
        exports.setWrap(true);
        VerticalLayout results = new VerticalLayout(toolbar, suggestion, countAndExports, grid);
        results.setPadding(false);
        results.setSizeFull();
        results.addClassName("catalogue-results");
        HorizontalLayout body = new HorizontalLayout(filters, results);
        body.addClassName("catalogue-body");
        body.setSizeFull();
        add(new H1(getTranslation("catalogue.title")), body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = CatalogueQuery.fromParameters(event.getLocation().getQueryParameters().getParameters());
        refresh();
    }

    /** The search currently shown (from the URL). */
    public CatalogueQuery query() {
        return query;
    }

    private void go(CatalogueQuery next) {
        getUI().ifPresent(ui -> ui.navigate(CatalogueView.class, new QueryParameters(next.toParameters())));
    }

    private void refresh() {
        updating = true;
        try {
            search.setValue(query.text());
            sort.setValue(query.sort());
            suggestion.removeAll();
            if (!catalogue.ready()) {
                resultCount.setText(getTranslation("catalogue.preparing"));
                grid.setItems(List.of());
                facetFields.values().forEach(field -> field.setVisible(false));
                return;
            }
            SearchPage facetsAndCount = catalogue.search(query, 0, 0, getLocale());
            showSuggestion(facetsAndCount);
            for (FacetGroup group : facetsAndCount.facets()) {
                CheckboxGroup<String> field = facetFields.get(group.facet());
                Map<String, FacetCount> values = new java.util.LinkedHashMap<>();
                group.values().forEach(v -> values.put(v.code(), v));
                Set<String> selected = query.selected(group.facet());
                selected.stream().filter(code -> !values.containsKey(code))
                        .forEach(code -> values.put(code, new FacetCount(code, catalogue.label(group.facet(), code, getLocale()), 0)));
                facetValues.put(group.facet(), values);
                field.setItems(new ArrayList<>(values.keySet()));
                field.setValue(new LinkedHashSet<>(selected));
                field.setVisible(!values.isEmpty());
            }
            long total = facetsAndCount.total();
            resultCount.setText(total == 0 ? getTranslation("catalogue.noResults")
                    : getTranslation("catalogue.results", total));
            CatalogueQuery shown = query;
            grid.setItems(fetch -> catalogue.search(shown, fetch.getOffset(), fetch.getLimit(), getLocale()).items().stream(),
                    count -> catalogue.count(shown));
            exports.removeAll();
            exports.add(new Span(getTranslation("catalogue.export.label")));
            String parameters = query.toQueryString();
            for (String format : List.of("csv", "xlsx", "json")) {
                // in the language of the page, whatever the browser's Accept-Language says
                Anchor link = new Anchor("api/v1/exports/measures." + format + "?" + (parameters.isEmpty() ? ""
                        : parameters + "&") + "lang=" + getLocale().getLanguage(), getTranslation("catalogue.export." + format));
                link.getElement().setAttribute("download", true);
                link.getElement().setAttribute("router-ignore", true);
                exports.add(link);
            }
            if (query.selected(Facet.PARTY).size() == 1 && query.selected(Facet.CYCLE).size() == 1) {
                String party = query.selected(Facet.PARTY).iterator().next();
                String cycle = query.selected(Facet.CYCLE).iterator().next();
                Anchor report = new Anchor("api/v1/parties/" + party + "/reports/" + cycle + "/pdf?lang="
                        + getLocale().getLanguage(), getTranslation("catalogue.measure.reportPdf",
                        catalogue.label(Facet.PARTY, party, getLocale()), cycle));
                report.getElement().setAttribute("download", true);
                report.getElement().setAttribute("router-ignore", true);
                exports.add(report);
            }
        } finally {
            updating = false;
        }
    }

    /** "Did you mean" as a link to the corrected search, and a note when the results are for similar words. */
    private void showSuggestion(SearchPage page) {
        if (page.approximate()) {
            suggestion.add(new Span(getTranslation("catalogue.approximate")));
        }
        if (page.suggestion() != null) {
            RouterLink link = new RouterLink(page.suggestion(), CatalogueView.class);
            link.setQueryParameters(new QueryParameters(query.withText(page.suggestion()).toParameters()));
            link.addClassName("catalogue-suggestion-link");
            suggestion.add(new Span(getTranslation("catalogue.suggestion")), link);
        }
        suggestion.setVisible(suggestion.getComponentCount() > 0);
    }

    /**
     * A result: the title as a link to the measure, with the matched words marked, and a passage of the text
     * around the matches. The passages come HTML-escaped from the search, with only {@code <mark>} added.
     */
    static Div hit(MeasureSummary m) {
        RouterLink link = new RouterLink("", MeasureView.class, new RouteParameters("measureId", String.valueOf(m.measureId())));
        String title = m.highlights().get("title");
        if (title != null) {
            link.add(new Html("<span>" + title + "</span>"));
        } else {
            link.setText(m.title() == null ? "#" + m.measureId() : m.title());
        }
        Div hit = new Div(link);
        hit.addClassName("catalogue-hit");
        String text = m.highlights().get("text");
        if (text != null) {
            Html snippet = new Html("<span class=\"catalogue-snippet\">" + text + "</span>");
            hit.add(snippet);
        }
        return hit;
    }

    private String itemLabel(Facet facet, String code) {
        FacetCount value = facetValues.getOrDefault(facet, Map.of()).get(code);
        return value == null ? code : value.label() + " (" + value.count() + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
