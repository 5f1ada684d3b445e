package org.policymonitor.measure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureFixtures;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;

/** The editor as the sections of the official form: outline, guidance, unsaved indicator, confirmed submit. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("editor")
class MeasureEditorSectionsTest extends SpringBrowserlessTest {

    private static final String GOVERNANCE = "Support sustainable systems of governance for culture";
    private static final String SECTORS = "Cultural and creative sectors";

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private MeasureEditorView open(String route) {
        navigate(route, MeasureEditorView.class);
        return $(MeasureEditorView.class).single();
    }

    /** Whether {@code component} is drawn inside {@code container}. */
    static boolean inside(Component component, Component container) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (c == container) {
                return true;
            }
        }
        return false;
    }

    private Long draftOfEditorsMinistry(MeasureContent content) {
        CurrentUser editor = accounts.find("editor").orElseThrow();
        return SignedIn.as(accounts, "admin", () -> measures.createDraft(editor.scope().partyId(),
                editor.scope().ministryId(), referenceData.cycleByCode("2024-2027").orElseThrow().getId(),
                FormVersion.FORM_2020, content, "system").getId());
    }

    @Test
    void theFormIsInTheSectionsOfTheOfficialFormAndTheOutlineSaysHowCompleteEachIs() {
        MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);

        assertThat(view.form.getElement().getChildren().map(e -> e.getAttribute("id")).toList()).containsExactly(
                "section-general", "section-description", "section-resources", "section-partners",
                "section-evaluation", "section-classification", "section-cross_cutting", "section-legacy");
        assertThat(Arrays.stream(EditorSection.values()).map(s -> view.form.section(s).title()).toList())
                .containsExactly("General information", "Description and results", "Resources", "Partners",
                        "Evaluation", "Goals, areas and domains", "Cross-cutting issues",
                        "Fields of the 2012-2019 form (read-only)");
        assertThat(inside(view.title, view.form.section(EditorSection.GENERAL))).isTrue();
        assertThat(inside(view.budgetUsd, view.form.section(EditorSection.RESOURCES))).isTrue();
        assertThat(inside(view.goals, view.form.section(EditorSection.CLASSIFICATION))).isTrue();
        assertThat(inside(view.goals, view.form.section(EditorSection.GENERAL))).isFalse();
        assertThat(view.outline.isShown(EditorSection.LEGACY)).as("no legacy fields: no legacy section").isFalse();
        assertThat(view.outline.stateOf(EditorSection.GENERAL)).isEqualTo("Required information missing · 0 of 2 filled in");

        // completeness follows each change, while typing, before any save
        test(view.title).setValue("Film fund");
        assertThat(view.outline.stateOf(EditorSection.GENERAL)).isEqualTo("Required information missing · 1 of 2 filled in");
        test(view.agencies).setValue("Ministry of Culture");
        assertThat(view.outline.stateOf(EditorSection.GENERAL)).isEqualTo("Complete · 2 of 2 filled in");
        // 2 of 8 required fields (weighing 2 each) and 0 of 7 recommended: the cross-cutting questions count too
        assertThat(view.completenessText.getText()).isEqualTo("17 % complete");
        test(view.website).setValue("www.culture.mn");
        assertThat(view.outline.stateOf(EditorSection.DESCRIPTION)).startsWith("Needs correcting");
        test(view.goals).selectItem(GOVERNANCE);
        test(view.areas).selectItem(SECTORS);
        assertThat(view.outline.stateOf(EditorSection.CLASSIFICATION))
                .isEqualTo("Recommended information missing · 2 of 3 filled in");
        assertThat(view.completenessText.getText()).isEqualTo("39 % complete");

        // each section's link is a keyboard-usable button that jumps to the section
        assertThat(view.outline.link(EditorSection.PARTNERS).getElement().getTag()).isEqualTo("button");
        assertThat(view.outline.link(EditorSection.PARTNERS).getElement().getTextRecursively())
                .isEqualTo("PartnersRecommended information missing · 0 of 1 filled in");
        test(view.outline.link(EditorSection.PARTNERS)).click();
    }

    @Test
    void aMeasureWithFieldsOfTheOldFormShowsThemInTheirOwnSection() {
        Long id = draftOfEditorsMinistry(MeasureContent.titled("Old form measure")
                .with(MeasureField.KEY_OBJECTIVES, "Protect minority languages on air."));
        MeasureEditorView view = open("measures/" + id + "/edit");

        assertThat(view.outline.isShown(EditorSection.LEGACY)).isTrue();
        assertThat(view.outline.stateOf(EditorSection.LEGACY)).isEqualTo("Read-only");
        assertThat(view.form.section(EditorSection.LEGACY).getElement().getTextRecursively())
                .contains("Key objectives of the measure:", "Protect minority languages on air.");
    }

    @Test
    void everyFieldCarriesTheOfficialGuidanceInTheUsersLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("es"))) {
            UI.getCurrent().setLocale(locale);
            MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);
            for (MeasureField field : MeasureField.values()) {
                if (field.isLegacy()) {
                    continue;
                }
                String guidance = view.getTranslation(locale, "measure.help." + field.name());
                String shown = field == MeasureField.PARTNERS ? view.partners.getElement().getTextRecursively()
                        : view.form.component(field).getElement().getProperty("helperText");
                assertThat(guidance).as(field + " " + locale).doesNotStartWith("!").hasSizeGreaterThan(20);
                assertThat(shown).as(field + " " + locale).contains(guidance);
            }
        }
        UI.getCurrent().setLocale(Locale.FRENCH);
        MeasureEditorView french = open(MeasureEditorView.NEW_ROUTE);
        assertThat(french.description.getHelperText())
                .startsWith("Ce que fait la mesure").endsWith(" · 0 / 50\u202F000 caractères");
    }

    @Test
    void everyKindOfFieldMarksTheFormUnsavedAndUndoingTheChangeClearsIt() {
        Long id = draftOfEditorsMinistry(MeasureContent.titled("Unsaved indicator"));
        MeasureEditorView view = open("measures/" + id + "/edit");
        String savedState = view.saveState.getText();
        assertThat(savedState).startsWith("Last saved by system");

        List<Runnable> changes = List.of(
                () -> test(view.description).setValue("Typed"),
                () -> test(view.budgetUsd).setValue("100"),
                () -> test(view.domains).selectItem("Music"),
                () -> test(view.evaluation).selectItem("No"),
                () -> test(view.goals).selectItem(GOVERNANCE));
        List<Runnable> undos = List.of(
                () -> test(view.description).setValue(""),
                () -> test(view.budgetUsd).setValue(""),
                () -> test(view.domains).deselectItem("Music"),
                () -> test(view.evaluation).selectItem("Not answered"),
                () -> test(view.goals).deselectItem(GOVERNANCE));
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).run();
            assertThat(view.saveState.getText()).as("change " + i).isEqualTo("Unsaved changes");
            undos.get(i).run();
            assertThat(view.saveState.getText()).as("undo " + i).isEqualTo(savedState);
        }

        // partner rows: a row with a name, then its type
        test(view.partners.add).click();
        PartnerRowsEditor.Row row = view.partners.rows().getFirst();
        row.name().setValue(new PartnerRowsEditor.Choice(null, "Film Guild"));
        assertThat(view.saveState.getText()).isEqualTo("Unsaved changes");
        test(view.save).click();
        assertThat(view.saveState.getText()).startsWith("Last saved by editor");
        test(row.type()).selectItem("Civil society organization (CSO)");
        assertThat(view.saveState.getText()).isEqualTo("Unsaved changes");
        assertThat(view.outline.stateOf(EditorSection.PARTNERS)).isEqualTo("Complete · 1 of 1 filled in");
    }

    @Test
    void savedAutomaticallySaysWhenInTheUsersLanguage() {
        Long id = draftOfEditorsMinistry(MeasureContent.titled("Autosave time"));
        UI.getCurrent().setLocale(Locale.FRENCH);
        MeasureEditorView view = open("measures/" + id + "/edit");
        test(view.results).setValue("Tapé, jamais enregistré à la main");
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(view.saveState.getText()).matches("Enregistré automatiquement à \\d{2}:\\d{2} \\(editor\\)");
    }

    @Test
    void submitAsksFirstAndListsWhatWillBeSent() {
        Long id = draftOfEditorsMinistry(MeasureFixtures.complete("Confirmed film fund"));
        MeasureEditorView view = open("measures/" + id + "/edit");

        test(view.submit).click();
        SubmitConfirmation confirmation = $(SubmitConfirmation.class).single();
        assertThat(confirmation.isOpened()).isTrue();
        String listed = $(DescriptionList.class).from(confirmation).single().getElement().getTextRecursively();
        assertThat(listed).contains("Confirmed film fund", "Ministry of Culture", "2024-2027", "100 % complete");
        assertThat($(ListItem.class).from(confirmation).all()).extracting(ListItem::getText).containsExactly(
                "General information: Complete", "Description and results: Complete", "Resources: Complete",
                "Partners: Complete", "Evaluation: Complete", "Goals, areas and domains: Complete",
                "Cross-cutting issues: Complete");
        assertThat(measures.find(id).orElseThrow().getStatus()).as("nothing sent yet").isEqualTo(MeasureStatus.DRAFT);

        test(confirmation.cancel).click();
        assertThat(measures.find(id).orElseThrow().getStatus()).as("cancelled").isEqualTo(MeasureStatus.DRAFT);
        assertThat(view.title.isReadOnly()).isFalse();

        test(view.submit).click();
        test($(SubmitConfirmation.class).single().confirm).click();
        assertThat(measures.find(id).orElseThrow().getStatus()).isIn(MeasureStatus.SUBMITTED, MeasureStatus.IN_REVIEW);
        assertThat(view.title.isReadOnly()).isTrue();
    }

    @Test
    void anIncompleteMeasureIsRefusedWithoutAskingToConfirm() {
        MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);
        test(view.title).setValue("Not ready yet");
        test(view.submit).click();

        assertThat($(SubmitConfirmation.class).all()).isEmpty();
        assertThat(view.errorOf(MeasureField.DESCRIPTION)).isEqualTo("This field is required before submission.");
        assertThat(measures.find(view.details().id()).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);
    }

    @Test
    void messagesAppearAwayFromTheStickyBarAndItsButtons() {
        MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);
        test(view.title).setValue("Where the toast goes");
        test(view.save).click();

        assertThat($(Notification.class).all()).isNotEmpty().allSatisfy(n -> assertThat(n.getPosition())
                .isEqualTo(Notification.Position.BOTTOM_CENTER));
        // the bar sits at the top of the content (styles/editor.css makes it sticky there)
        assertThat(MeasureEditorView.class.getAnnotation(StyleSheet.class).value())
                .isEqualTo("context://styles/editor.css");
        assertThat(view.bar.getElement().getClassList()).contains("editor-action-bar");
        assertThat(inside(view.save, view.bar)).isTrue();
        assertThat(inside(view.submit, view.bar)).isTrue();
    }
}
