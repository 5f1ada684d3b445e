package org.policymonitor.catalogue.ui;

import java.util.List;
import java.util.Optional;

import org.policymonitor.catalogue.CatalogueService;
import org.policymonitor.catalogue.MeasureFields;
import org.policymonitor.measure.PublishedMeasure;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The permalink of a published measure: {@code catalogue/measures/{measureId}} shows the current published
 * version, {@code ?version=N} an earlier one. Every field is labelled in the reader's language; the print
 * stylesheet hides the application frame and the buttons.
 */
@Route("catalogue/measures/:measureId")
@AnonymousAllowed
@StyleSheet("context://styles/catalogue.css")
public class MeasureView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final MeasureFields fields;
    private final org.policymonitor.measure.ui.MeasureFiles files;
    private String pageTitle;

    MeasureView(CatalogueService catalogue, MeasureFields fields, org.policymonitor.measure.ui.MeasureFiles files) {
        this.catalogue = catalogue;
        this.files = files;
        this.fields = fields;
        addClassName("catalogue-measure");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get("measureId").flatMap(MeasureView::parseId);
        Optional<PublishedMeasure> current = id.flatMap(catalogue::measure);
        if (current.isEmpty()) {
            pageTitle = getTranslation("catalogue.measure.notFound");
            add(new H1(pageTitle), new RouterLink(getTranslation("catalogue.measure.back"), CatalogueView.class));
            return;
        }
        List<PublishedMeasure> versions = catalogue.versions(id.get());
        PublishedMeasure shown = event.getLocation().getQueryParameters().getSingleParameter("version")
                .flatMap(MeasureView::parseNo)
                .flatMap(no -> versions.stream().filter(v -> v.publicationNo() == no).findFirst())
                .orElse(current.get());
        show(shown, current.get(), versions);
    }

    private void show(PublishedMeasure shown, PublishedMeasure current, List<PublishedMeasure> versions) {
        pageTitle = shown.content().title() == null ? "#" + shown.measureId() : shown.content().title();
        RouterLink back = new RouterLink(getTranslation("catalogue.measure.back"), CatalogueView.class);
        back.addClassName("catalogue-noprint");
        add(back, new H1(pageTitle));

        if (shown.publicationNo() != current.publicationNo()) {
            Paragraph notice = new Paragraph(getTranslation("catalogue.measure.oldVersion", shown.publicationNo(),
                    current.publicationNo()));
            notice.addClassName("catalogue-notice");
            notice.getElement().setAttribute("role", "note");
            add(notice);
        }

        Button print = new Button(getTranslation("catalogue.measure.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.TERTIARY);
        String lang = "?lang=" + getLocale().getLanguage();
        Anchor pdf = download("api/v1/measures/" + shown.measureId() + "/pdf" + lang,
                getTranslation("catalogue.measure.pdf"));
        HorizontalLayout actions = new HorizontalLayout(print, pdf);
        catalogue.party(shown.partyId()).ifPresent(party -> catalogue.cycle(shown.cycleId()).ifPresent(cycle -> actions.add(
                download("api/v1/parties/" + party.getIsoCode() + "/reports/" + cycle.getCode() + "/pdf" + lang,
                        getTranslation("catalogue.measure.reportPdf", catalogue.partyName(party, getLocale()), cycle.getCode())))));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.addClassName("catalogue-noprint");
        add(actions);

        List<MeasureFields.Field> all = fields.of(shown, getLocale());
        add(list(all.stream().filter(f -> !f.legacy()).toList()));
        List<MeasureFields.Field> legacy = all.stream().filter(MeasureFields.Field::legacy).toList();
        if (!legacy.isEmpty()) {
            add(new H2(getTranslation("catalogue.measure.legacy")), list(legacy));
        }
        add(files.published(shown.measureId()));

        if (versions.size() > 1) {
            UnorderedList list = new UnorderedList();
            for (PublishedMeasure version : versions) {
                String text = getTranslation("catalogue.measure.versionItem", version.publicationNo(),
                        fields.publishedAt(version, getLocale()));
                if (version.publicationNo() == shown.publicationNo()) {
                    Span here = new Span(text);
                    here.getElement().setAttribute("aria-current", "page");
                    list.add(new ListItem(here));
                } else {
                    RouterLink link = new RouterLink(text, MeasureView.class,
                            new RouteParameters("measureId", String.valueOf(version.measureId())));
                    if (version.publicationNo() != current.publicationNo()) {
                        link.setQueryParameters(QueryParameters.of("version", String.valueOf(version.publicationNo())));
                    }
                    list.add(new ListItem(link));
                }
            }
            Div versionsBlock = new Div(new H2(getTranslation("catalogue.measure.versions")), list);
            versionsBlock.addClassName("catalogue-versions");
            add(versionsBlock);
        }
    }

    private static DescriptionList list(List<MeasureFields.Field> fields) {
        DescriptionList list = new DescriptionList();
        list.addClassName("catalogue-fields");
        for (MeasureFields.Field field : fields) {
            DescriptionList.Term term = new DescriptionList.Term(field.label());
            DescriptionList.Description value = new DescriptionList.Description(field.value());
            value.addClassName("catalogue-value");
            value.getElement().setAttribute("data-field", field.key());
            list.add(term, value);
        }
        return list;
    }

    private static Anchor download(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseNo(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
