package org.policymonitor.catalogue.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.function.Function;

import org.policymonitor.catalogue.CatalogueService;
import org.policymonitor.catalogue.CatalogueService.Bar;
import org.policymonitor.catalogue.CatalogueService.Series;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Statistics of the published measures: one SVG bar chart per dimension, with the same numbers as a table. */
@Route("catalogue/statistics")
@Menu(title = "catalogue.nav.statistics", order = 20)
@AnonymousAllowed
@StyleSheet("context://styles/catalogue.css")
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    StatisticsView(CatalogueService catalogue) {
        addClassName("catalogue-statistics");
        setMaxWidth("60em");
        add(new H1(getTranslation("catalogue.stats.title")));
        add(new Paragraph(getTranslation("catalogue.stats.intro")));
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        money.setMaximumFractionDigits(0);
        for (Series series : catalogue.statistics(getLocale())) {
            Function<BigDecimal, String> format = series.money() ? v -> money.format(v) + " USD" : number::format;
            Section section = new Section();
            section.addClassName("catalogue-series");
            section.getElement().setAttribute("data-series", series.id());
            section.add(new H2(series.title()));
            if (series.bars().isEmpty()) {
                section.add(new Paragraph(getTranslation("catalogue.stats.empty")));
            } else {
                Html chart = new Html(BarChart.html(series.title(), series.bars(), format));
                section.add(chart, table(series, format));
            }
            add(section);
        }
    }

    private NativeTable table(Series series, Function<BigDecimal, String> format) {
        NativeTable table = new NativeTable();
        table.addClassName("catalogue-table");
        table.setCaptionText(series.title());
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(
                header(getTranslation("catalogue.stats.table.label")),
                header(getTranslation(series.money() ? "catalogue.stats.table.amount" : "catalogue.stats.table.count"))));
        NativeTableBody body = table.getBody();
        for (Bar bar : series.bars()) {
            NativeTableCell value = new NativeTableCell(format.apply(bar.value()));
            value.addClassName("catalogue-number");
            body.addRows(new NativeTableRow(new NativeTableCell(bar.label()), value));
        }
        return table;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.stats.title");
    }
}
