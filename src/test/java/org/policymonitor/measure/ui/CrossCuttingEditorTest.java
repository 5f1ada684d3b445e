package org.policymonitor.measure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureFixtures;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.YesNo;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** The current form's cross-cutting questions in the editor: where they are, how they read, save and validate. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("editor")
class CrossCuttingEditorTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private MeasureEditorView open(String route) {
        navigate(route, MeasureEditorView.class);
        return $(MeasureEditorView.class).single();
    }

    private Long draftOfEditorsMinistry(String cycle, FormVersion form, MeasureContent content) {
        CurrentUser editor = accounts.find("editor").orElseThrow();
        return SignedIn.as(accounts, "admin", () -> measures.createDraft(editor.scope().partyId(),
                editor.scope().ministryId(), referenceData.cycleByCode(cycle).orElseThrow().getId(), form, content,
                "system").getId());
    }

    private MeasureContent stored(Long id) {
        return transaction.execute(status -> measures.find(id).orElseThrow().content());
    }

    private static MeasureContent unanswered(String title) {
        return MeasureFixtures.complete(title).withCrossCutting(null, null, null, null);
    }

    @Test
    void theQuestionsHaveTheirOwnSectionAsYesNoChoicesAndTheGoalsAsCheckboxes() {
        MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);
        MeasureForm form = view.form;
        FormSection section = form.section(EditorSection.CROSS_CUTTING);

        assertThat(section.title()).isEqualTo("Cross-cutting issues");
        assertThat(view.form.getElement().getChildren().map(e -> e.getAttribute("id")).toList())
                .containsSubsequence("section-classification", "section-cross_cutting", "section-legacy");
        for (Component field : java.util.List.of(form.targetsYouth, form.preferentialTreatment, form.genderEquality,
                form.sdgs)) {
            assertThat(MeasureEditorSectionsTest.inside(field, section)).isTrue();
        }
        assertThat(form.targetsYouth.getLabel()).isEqualTo("Does the policy/measure specifically target young people?");
        assertThat(form.genderEquality.getHelperText()).startsWith("Yes if the measure supports women");
        // yes or no; no choice is "not answered", not a third option to tick
        assertThat(form.preferentialTreatment.getListDataView().getItems().toList()).containsExactly(YesNo.YES, YesNo.NO);
        assertThat(form.targetsYouth.getValue()).isNull();
        assertThat(form.targetsYouth.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.sdgs.getListDataView().getItems().toList()).hasSize(17).first()
                .isEqualTo("SDG_01_NO_POVERTY");
        assertThat(form.sdgs.getItemLabelGenerator().apply("SDG_05_GENDER_EQUALITY")).isEqualTo("5. Gender equality");

        UI.getCurrent().setLocale(Locale.FRENCH);
        MeasureEditorView french = open(MeasureEditorView.NEW_ROUTE);
        assertThat(french.form.sdgs.getItemLabelGenerator().apply("SDG_05_GENDER_EQUALITY"))
                .isEqualTo("5. Égalité entre les sexes");
        assertThat(french.form.genderEquality.getLabel()).endsWith("l’égalité des genres\u202f?");
        assertThat(french.form.section(EditorSection.CROSS_CUTTING).title()).isEqualTo("Questions transversales");
    }

    @Test
    void answeringMarksTheFormUnsavedAndSavingStoresTheAnswers() {
        Long id = draftOfEditorsMinistry("2024-2027", FormVersion.FORM_2020, unanswered("Editor answers"));
        MeasureEditorView view = open("measures/" + id + "/edit");
        String savedState = view.saveState.getText();
        assertThat(view.outline.stateOf(EditorSection.CROSS_CUTTING))
                .isEqualTo("Required information missing · 0 of 4 filled in");

        test(view.form.targetsYouth).selectItem("Yes");
        assertThat(view.saveState.getText()).isEqualTo("Unsaved changes");
        view.form.targetsYouth.clear();
        assertThat(view.saveState.getText()).as("back to not answered").isEqualTo(savedState);
        test(view.form.sdgs).selectItem("4. Quality education");
        assertThat(view.saveState.getText()).isEqualTo("Unsaved changes");

        test(view.form.targetsYouth).selectItem("Yes");
        test(view.form.preferentialTreatment).selectItem("No");
        test(view.form.genderEquality).selectItem("No");
        assertThat(view.outline.stateOf(EditorSection.CROSS_CUTTING)).isEqualTo("Complete · 4 of 4 filled in");
        test(view.save).click();

        MeasureContent saved = stored(id);
        assertThat(saved.targetsYouth()).isEqualTo(YesNo.YES);
        assertThat(saved.preferentialTreatment()).isEqualTo(YesNo.NO);
        assertThat(saved.genderEquality()).isEqualTo(YesNo.NO);
        assertThat(saved.sdgs()).containsExactly("SDG_04_QUALITY_EDUCATION");

        MeasureEditorView reopened = open("measures/" + id + "/edit");
        assertThat(reopened.form.targetsYouth.getValue()).isEqualTo(YesNo.YES);
        assertThat(reopened.form.sdgs.getValue()).containsExactly("SDG_04_QUALITY_EDUCATION");
        assertThat(reopened.saveState.getText()).as("loading is not a change").doesNotContain("Unsaved");
    }

    @Test
    void anUnansweredQuestionIsFlaggedBesideItOnSubmitAndTheFlagGoesWhenAnswered() {
        Long id = draftOfEditorsMinistry("2024-2027", FormVersion.FORM_2020, unanswered("Flagged answers"));
        MeasureEditorView view = open("measures/" + id + "/edit");
        assertThat(view.errorOf(MeasureField.GENDER_EQUALITY)).as("quiet before a save or submit").isNull();

        test(view.submit).click();
        assertThat($(SubmitConfirmation.class).all()).isEmpty();
        assertThat(view.errorOf(MeasureField.GENDER_EQUALITY)).isEqualTo("This field is required before submission.");
        assertThat(view.errorOf(MeasureField.TARGETS_YOUTH)).isEqualTo("This field is required before submission.");
        assertThat(view.errorOf(MeasureField.SDGS)).as("recommended only").isNull();

        test(view.form.genderEquality).selectItem("Yes");
        assertThat(view.errorOf(MeasureField.GENDER_EQUALITY)).as("at once, before saving").isNull();
        assertThat(view.errorOf(MeasureField.TARGETS_YOUTH)).isNotNull();
    }

    @Test
    void aMeasureOfAnOlderFormDoesNotHaveToAnswerThem() {
        Long id = draftOfEditorsMinistry("2016-2019", FormVersion.FORM_2016, unanswered("Older form"));
        MeasureEditorView view = open("measures/" + id + "/edit");

        assertThat(view.form.targetsYouth.isRequiredIndicatorVisible()).isFalse();
        assertThat(view.outline.stateOf(EditorSection.CROSS_CUTTING)).isEqualTo("Complete");
        assertThat(view.completenessText.getText()).isEqualTo("100 % complete");
        test(view.submit).click();
        assertThat($(SubmitConfirmation.class).all()).hasSize(1);
        assertThat(view.errorOf(MeasureField.TARGETS_YOUTH)).isNull();
        assertThat(Set.of(stored(id).targetsYouth())).containsExactly(YesNo.NOT_ANSWERED);
    }
}
