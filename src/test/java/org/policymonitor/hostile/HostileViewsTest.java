package org.policymonitor.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Markup typed into a measure is shown back as text: the editor's fields hold it as their value and the public
 * page shows it as text nodes; no component renders it as HTML.
 */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
class HostileViewsTest extends SpringBrowserlessTest {

    static final String TITLE = "<script>alert('title')</script> \u202Eevil";
    static final String DESCRIPTION = "<img src=x onerror=alert(1)>\n\n<b>bold?</b> &amp; &lt;tag&gt; \uD83C\uDFAD";
    static final String RESULTS = "</textarea><script>alert(2)</script>";
    static final String BUDGET_TEXT = "=HYPERLINK(\"https://evil.example\",\"click\")";
    static final String CONCLUSIONS = "<svg onload=alert(3)>";
    static final String AGENCY = "<iframe src=\"javascript:alert(4)\"></iframe>";
    static final String PARTNER = "<a href=\"javascript:alert(5)\">partner</a>";
    static final String WEBSITE = "javascript:alert(6)";

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;

    private final Properties messages = HostileCorpus.bundle("measure");

    static MeasureContent hostile(String suffix) {
        return new MeasureContent(TITLE + suffix, List.of(AGENCY), DESCRIPTION, WEBSITE, RESULTS, BUDGET_TEXT,
                new BigDecimal("1000.00"), List.of(new PartnerRow(PARTNER, "CIVIL_SOCIETY")), Evaluation.YES,
                CONCLUSIONS, Set.of("GOVERNANCE"), Set.of(), Set.of(), "<legacy onclick=x>", null, Set.of(), Set.of(),
                null, null, null);
    }

    private <T> T asSystem(java.util.function.Supplier<T> action) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private String label(String key) {
        return messages.getProperty(key);
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HostileViewsTest::tree));
    }

    /** The text of every component of the UI: what the browser shows as text. */
    private static List<String> textNodes() {
        return tree(UI.getCurrent()).map(c -> c.getElement().getText()).filter(t -> !t.isEmpty()).toList();
    }

    /** No Html component and no innerHTML anywhere in the UI. */
    private void assertNothingRendersHtml() {
        assertThat(tree(UI.getCurrent()).filter(Html.class::isInstance).toList()).isEmpty();
        assertThat(tree(UI.getCurrent()).map(Component::getElement).filter(e -> e.hasProperty("innerHTML")).toList())
                .isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void theEditorHoldsMarkupAsFieldValues() {
        CurrentUser editor = accounts.find("editor").orElseThrow();
        Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        Measure measure = asSystem(() -> measures.createDraft(editor.scope().partyId(), editor.scope().ministryId(),
                cycle, FormVersion.FORM_2020, hostile(""), "system"));

        UI.getCurrent().navigate("measures/" + measure.getId() + "/edit");

        assertThat($(TextField.class).withCaption(label("measure.field.TITLE")).single().getValue()).isEqualTo(TITLE);
        assertThat($(TextField.class).withCaption(label("measure.field.WEBSITE")).single().getValue()).isEqualTo(WEBSITE);
        assertThat($(TextArea.class).withCaption(label("measure.field.AGENCIES")).single().getValue()).isEqualTo(AGENCY);
        assertThat($(TextArea.class).withCaption(label("measure.field.DESCRIPTION")).single().getValue())
                .isEqualTo(DESCRIPTION);
        assertThat($(TextArea.class).withCaption(label("measure.field.RESULTS")).single().getValue()).isEqualTo(RESULTS);
        assertThat($(TextArea.class).withCaption(label("measure.field.BUDGET_TEXT")).single().getValue())
                .isEqualTo(BUDGET_TEXT);
        assertThat($(TextArea.class).withCaption(label("measure.field.CONCLUSIONS")).single().getValue())
                .isEqualTo(CONCLUSIONS);
        assertThat($(ComboBox.class).withCaption(label("measure.editor.partner.name")).single().getValue())
                .extracting("name").isEqualTo(PARTNER);
        // the legacy field is read-only text
        assertThat(textNodes()).contains("<legacy onclick=x>");
        assertNothingRendersHtml();
    }

    @Test
    @WithUserDetails("editor")
    void markupTypedIntoTheEditorIsSavedAsTypedAndUnstorableTextIsRefusedBesideItsField() {
        UI.getCurrent().navigate("measures/new");
        TextField title = $(TextField.class).withCaption(label("measure.field.TITLE")).single();
        TextArea description = $(TextArea.class).withCaption(label("measure.field.DESCRIPTION")).single();
        Button save = $(Button.class).withText(label("measure.editor.save")).single();

        test(title).setValue(TITLE + " typed");
        test(description).setValue(DESCRIPTION);
        test(save).click();
        Long id = editing.mine(null, 0, 20, org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "updatedAt")).stream()
                .filter(m -> (TITLE + " typed").equals(m.title())).findFirst().orElseThrow().id();
        MeasureContent stored = editing.openForEditing(id).content();
        assertThat(stored.title()).isEqualTo(TITLE + " typed");
        assertThat(stored.description()).isEqualTo(DESCRIPTION);
        long version = editing.openForEditing(id).version();

        List<String> refusedInputs = new ArrayList<>(List.of("NUL\u0000inside", "lone \uD800 surrogate", "x".repeat(501)));
        for (String input : refusedInputs) {
            test(title).setValue(input);
            test(save).click();
            assertThat(title.isInvalid()).as(HostileCorpus.shortForm(input)).isTrue();
            assertThat(title.getErrorMessage()).as(HostileCorpus.shortForm(input))
                    .isIn(label("measure.validation.invalidCharacters"), // beyond the limit: counted, refused, not cut
                            "Too long: 501 characters, at most 500. Remove 1 to save; nothing has been cut.");
            assertThat(title.getValue()).isEqualTo(input);
            assertThat(editing.openForEditing(id).version()).isEqualTo(version);
            assertThat(editing.openForEditing(id).content().title()).isEqualTo(TITLE + " typed");
        }
        assertNothingRendersHtml();
    }

    @Test
    @WithAnonymousUser
    void thePublicMeasurePageShowsMarkupAsText() {
        PublishedMeasure published = measures.importAsPublished(referenceData.partyByIso("MN").orElseThrow().getId(),
                null, referenceData.cycleByCode("2020-2023").orElseThrow().getId(), FormVersion.FORM_2020,
                hostile(" public"), false, "test");

        UI.getCurrent().navigate("catalogue/measures/" + published.measureId());

        assertThat($(H1.class).first().getText()).isEqualTo(TITLE + " public");
        List<String> text = textNodes();
        for (String value : List.of(DESCRIPTION, RESULTS, BUDGET_TEXT, CONCLUSIONS, WEBSITE)) {
            assertThat(text).as(value).contains(value);
        }
        for (String value : List.of(AGENCY, PARTNER)) {
            assertThat(text).as(value).anyMatch(t -> t.contains(value));
        }
        // the website is not a link: javascript: must never become an href
        assertThat(tree(UI.getCurrent()).map(c -> c.getElement().getAttribute("href")))
                .noneMatch(href -> href != null && href.toLowerCase().startsWith("javascript:"));
        assertNothingRendersHtml();
        System.out.println("HOSTILE views channel: 8 hostile fields shown back in the editor, the editor's save and "
                + "the public page; 3 unstorable inputs refused beside the field");
    }
}
