package org.policymonitor.measure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureLifecycle;
import org.policymonitor.measure.MeasureFixtures;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FieldChange;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureSummary;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The drafting views in a browserless UI, signed in as the demo editors. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
class MeasureDraftingViewsTest extends SpringBrowserlessTest {

    private static final String GOVERNANCE = "Support sustainable systems of governance for culture";
    private static final String SECTORS = "Cultural and creative sectors";

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    MeasureLifecycle lifecycle;
    @Autowired
    TransactionTemplate transaction;

    // Views with @RolesAllowed come back from navigate() wrapped in Spring's method-security proxy; the
    // component tree holds the view itself, whose fields the tests read.
    private MeasureEditorView newMeasure() {
        navigate(MeasureEditorView.NEW_ROUTE, MeasureEditorView.class);
        return $(MeasureEditorView.class).single();
    }

    private MeasureEditorView edit(Long id) {
        navigate("measures/" + id + "/edit", MeasureEditorView.class);
        return $(MeasureEditorView.class).single();
    }

    private MyMeasuresView myMeasures() {
        navigate(MyMeasuresView.class);
        return $(MyMeasuresView.class).single();
    }

    /** A measure of the given editor's ministry, created by the system (no one signed in). */
    private Measure measureOf(String editor, String cycleCode, MeasureContent content) {
        CurrentUser owner = accounts.find(editor).orElseThrow();
        Long cycle = referenceData.cycleByCode(cycleCode).orElseThrow().getId();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return measures.createDraft(owner.scope().partyId(), owner.scope().ministryId(), cycle,
                    FormVersion.FORM_2020, content, "system");
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private void fillCompletely(MeasureEditorView view) {
        test(view.agencies).setValue("Ministry of Culture\nArts Council of Mongolia");
        test(view.description).setValue("Grants for first films.\n\nSecond paragraph.");
        test(view.goals).selectItem(GOVERNANCE);
        test(view.areas).selectItem(SECTORS);
        test(view.form.targetsYouth).selectItem("No");
        test(view.form.preferentialTreatment).selectItem("No");
        test(view.form.genderEquality).selectItem("Yes");
    }

    @Test
    @WithUserDetails("editor")
    void aReturnedMeasureShowsTheReviewersReasonAboveTheForm() {
        Long id = measureOf("editor", "2024-2027", MeasureFixtures.complete("Returned film fund")).getId();
        editing.submitMine(id);
        transaction.executeWithoutResult(status -> lifecycle.returnToEditor(id, "reviewer",
                "The budget is in tugriks; give the amount in USD too.\nSecond line."));

        MeasureEditorView view = edit(id);

        Div reason = $(Div.class).withId("status-reason").single();
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("Returned to you by reviewer on ")
                .endsWith("Reason: The budget is in tugriks; give the amount in USD too.\nSecond line.");
        assertThat(view.title.isReadOnly()).isFalse();

        editing.submitMine(id);
        assertThat(edit(id).details().status()).isNotEqualTo(MeasureStatus.RETURNED);
        assertThat($(Div.class).withId("status-reason").all()).as("no visible reason once resubmitted").isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorCreatesAMeasureAndSavesItIncomplete() {
        MeasureEditorView view = newMeasure();
        test(view.title).setValue("Film fund for young directors");
        assertThat(view.isDirty()).isTrue();

        test(view.save).click();

        MeasureDetails saved = view.details();
        assertThat(saved).isNotNull();
        Measure stored = measures.find(saved.id()).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("Film fund for young directors");
        assertThat(stored.getStatus()).isEqualTo(MeasureStatus.DRAFT);
        assertThat(stored.getMinistryId()).isEqualTo(accounts.find("editor").orElseThrow().scope().ministryId());
        assertThat(view.isDirty()).isFalse();
        // the save succeeded, and the fields still needed for submission say so
        assertThat(view.errorOf(MeasureField.DESCRIPTION)).isEqualTo("This field is required before submission.");
        assertThat(view.errorOf(MeasureField.TITLE)).isNull();
        assertThat(view.completenessText.getText()).matches("\\d+ % complete");
        assertThat(view.missingText.getText()).isEqualTo("Required to submit: Responsible agencies, Description, Goals, Areas of monitoring,"
                + " Targets young people, Preferential treatment, Gender equality."
                + " Recommended: Website, Results, Financial resources, Partners, Evaluated?, Cultural domains,"
                + " Sustainable Development Goals.");
    }

    @Test
    @WithUserDetails("editor")
    void validationMessagesStandBesideTheirFieldsInTheUsersLanguage() {
        MeasureEditorView view = newMeasure();

        test(view.website).setValue("www.culture.mn");
        test(view.evaluation).selectItem("Yes");
        assertThat(view.errorOf(MeasureField.WEBSITE)).startsWith("Enter a full web address");
        assertThat(view.conclusions.isVisible()).isTrue();

        test(view.save).click();
        assertThat(view.errorOf(MeasureField.CONCLUSIONS))
                .isEqualTo("Give the main conclusions, since the measure was evaluated.");

        test(view.website).setValue("https://www.culture.mn");
        assertThat(view.errorOf(MeasureField.WEBSITE)).isNull();
        test(view.save).click();

        UI.getCurrent().setLocale(Locale.FRENCH);
        MeasureEditorView french = newMeasure();
        test(french.website).setValue("culture");
        assertThat(french.errorOf(MeasureField.WEBSITE)).startsWith("Saisissez une adresse web complète");
        assertThat(french.title.getLabel()).isEqualTo("Titre de la politique/mesure");
        test(french.website).setValue(""); // back to an untouched new measure: leaving does not ask
        UI.getCurrent().setLocale(Locale.of("es"));
        MeasureEditorView spanish = newMeasure();
        test(spanish.save).click();
        assertThat(spanish.errorOf(MeasureField.TITLE)).isEqualTo("Este campo es obligatorio para el envío.");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    @WithUserDetails("editor")
    void submissionIsRefusedUntilTheMeasureIsCompleteThenItIsSubmittedAndReadOnly() {
        MeasureEditorView view = newMeasure();
        test(view.title).setValue("Music export programme");

        test(view.submit).click();

        Long id = view.details().id();
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);
        assertThat(view.errorOf(MeasureField.AGENCIES)).isEqualTo("This field is required before submission.");
        assertThat(view.errorOf(MeasureField.GOALS)).isEqualTo("This field is required before submission.");

        fillCompletely(view);
        assertThat(view.errorOf(MeasureField.AGENCIES)).isNull();
        test(view.submit).click();
        // nothing is sent before the user confirms
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);
        test($(SubmitConfirmation.class).single().confirm).click();

        // submitted, and the workflow has already started the review
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
        assertThat(view.title.isReadOnly()).isTrue();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.withdraw.isVisible()).isTrue();
        assertThat(editing.openForEditing(id).content().agencies())
                .containsExactly("Ministry of Culture", "Arts Council of Mongolia");
    }

    @Test
    @WithUserDetails("editor")
    void areasOfMonitoringFollowTheChosenGoals() {
        MeasureEditorView view = newMeasure();
        assertThat(view.areas.getListDataView().getItems()).isEmpty();

        test(view.goals).selectItem(GOVERNANCE);
        assertThat(view.areas.getListDataView().getItems())
                .contains("CULTURAL_CREATIVE_SECTORS", "DIGITAL_ENVIRONMENT").doesNotContain("GENDER_EQUALITY");
        test(view.areas).selectItem(SECTORS);

        test(view.goals).deselectItem(GOVERNANCE);
        assertThat(view.areas.getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void theTimerSavesUnsavedChangesOfADraft() {
        Measure draft = measureOf("editor", "2024-2027", MeasureContent.titled("Autosave me"));
        MeasureEditorView view = edit(draft.getId());
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(MeasureEditorView.AUTOSAVE_INTERVAL_MS);

        test(view.results).setValue("Typed, never saved by hand");
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(editing.openForEditing(draft.getId()).content().results()).isEqualTo("Typed, never saved by hand");
        assertThat(view.isDirty()).isFalse();
        assertThat(view.saveState.getText()).startsWith("Saved automatically");

        long version = measures.find(draft.getId()).orElseThrow().getVersion();
        view.autosave(); // nothing changed since: nothing written
        assertThat(measures.find(draft.getId()).orElseThrow().getVersion()).isEqualTo(version);
    }

    @Test
    @WithUserDetails("editor")
    void aConcurrentSaveShowsWhoChangedWhatAndLosesNothing() {
        Measure draft = measureOf("editor", "2024-2027", MeasureContent.titled("Shared draft"));
        MeasureEditorView view = edit(draft.getId());
        test(view.description).setValue("My careful description");

        MeasureContent colleagues = editing.openForEditing(draft.getId()).content().withTitle("Colleague's title");
        measures.saveContent(draft.getId(), draft.getVersion(), colleagues, "colleague");

        test(view.save).click();

        ConflictDialog conflict = $(ConflictDialog.class).single();
        assertThat(conflict.lines()).extracting(ConflictDialog.Line::field, ConflictDialog.Line::changedByThem,
                ConflictDialog.Line::changedByMe).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(MeasureField.TITLE, true, false),
                        org.assertj.core.groups.Tuple.tuple(MeasureField.DESCRIPTION, false, true));
        assertThat(conflict.lines()).filteredOn(l -> l.field() == MeasureField.TITLE).singleElement()
                .satisfies(l -> assertThat(l.theirs()).isEqualTo("Colleague's title"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).from(conflict).first().getText())
                .startsWith("colleague saved this measure");
        // nothing was written by the refused save, and the autosave does not write over it either
        view.autosave();
        assertThat(editing.openForEditing(draft.getId()).content().description()).isNull();

        test(conflict.keepMine).click();

        MeasureContent stored = editing.openForEditing(draft.getId()).content();
        assertThat(stored.title()).isEqualTo("Colleague's title");
        assertThat(stored.description()).isEqualTo("My careful description");
        assertThat(view.title.getValue()).isEqualTo("Colleague's title");
        assertThat(view.isDirty()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void reloadingAfterAConflictShowsTheSavedVersion() {
        Measure draft = measureOf("editor", "2024-2027", MeasureContent.titled("Second shared draft"));
        MeasureEditorView view = edit(draft.getId());
        test(view.title).setValue("My title");
        measures.saveContent(draft.getId(), draft.getVersion(), MeasureContent.titled("Their title"), "colleague");

        test(view.save).click();
        ConflictDialog conflict = $(ConflictDialog.class).single();
        assertThat(conflict.lines()).singleElement().satisfies(l -> {
            assertThat(l.changedByThem()).isTrue();
            assertThat(l.changedByMe()).isTrue();
            assertThat(l.mine()).isEqualTo("My title");
        });
        test(conflict.takeTheirs).click();

        assertThat(view.title.getValue()).isEqualTo("Their title");
        assertThat(view.isDirty()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void leavingWithUnsavedChangesAsksFirst() {
        Measure draft = measureOf("editor", "2024-2027", MeasureContent.titled("Do not lose me"));
        MeasureEditorView view = edit(draft.getId());
        test(view.title).setValue("Changed but not saved");

        UI.getCurrent().navigate(MyMeasuresView.class);

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat($(MeasureEditorView.class).single()).isSameAs(view);
        assertThat($(MyMeasuresView.class).all()).isEmpty();
        test(confirm).confirm(); // save and leave
        assertThat($(MyMeasuresView.class).all()).hasSize(1);
        assertThat(measures.find(draft.getId()).orElseThrow().getTitle()).isEqualTo("Changed but not saved");
    }

    @Test
    @WithUserDetails("editor")
    void carryForwardStartsACurrentCycleDraftFromAnEarlierMeasure() {
        Measure earlier = measureOf("editor", "2020-2023", MeasureContent.titled("Book translation grants")
                .with(MeasureField.DESCRIPTION, "Grants for translators.").with(MeasureField.EVALUATION, Evaluation.NO));
        MyMeasuresView list = myMeasures();
        list.cycleFilter.setValue(referenceData.cycleByCode("2020-2023").orElseThrow());
        var grid = test(list.grid);
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id().equals(earlier.getId()))
                .findFirst().orElseThrow();
        HorizontalLayout actions = (HorizontalLayout) grid.getCellComponent(row, 6);
        Button carry = actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().startsWith("Carry forward to 2024-2027")).findFirst().orElseThrow();

        test(carry).click();

        MeasureEditorView editor = $(MeasureEditorView.class).single();
        MeasureDetails copy = editor.details();
        assertThat(copy.id()).isNotEqualTo(earlier.getId());
        assertThat(copy.carriedForwardFromId()).isEqualTo(earlier.getId());
        assertThat(copy.cycleId()).isEqualTo(referenceData.cycleByCode("2024-2027").orElseThrow().getId());
        assertThat(editor.title.getValue()).isEqualTo("Book translation grants");
        assertThat(editor.description.getValue()).isEqualTo("Grants for translators.");
        assertThat(editor.evaluation.getValue()).isEqualTo(Evaluation.NO);
    }

    @Test
    @WithUserDetails("editor")
    void historyShowsEverySavedVersionAndAFieldByFieldDiff() {
        MeasureEditorView view = newMeasure();
        test(view.title).setValue("<b>First</b> title");
        test(view.save).click();
        Long id = view.details().id();
        test(view.title).setValue("Second title");
        test(view.description).setValue("Line one\nLine two");
        test(view.save).click();

        navigate("measures/" + id + "/history", MeasureHistoryView.class);
        MeasureHistoryView history = $(MeasureHistoryView.class).single();

        assertThat(test(history.revisions).size()).isEqualTo(2);
        assertThat(history.shownChanges()).extracting(FieldChange::field)
                .containsExactly(MeasureField.TITLE, MeasureField.DESCRIPTION);
        var diff = test(history.diff);
        assertThat(diff.getCellText(0, 0)).isEqualTo("Title of the policy/measure");
        Div before = (Div) diff.getCellComponent(0, 1);
        // user text is text, never markup
        assertThat(before.getText()).isEqualTo("<b>First</b> title");
        assertThat(before.getChildren()).isEmpty();
        assertThat(before.getStyle().get("white-space")).isEqualTo("pre-wrap");
        assertThat(((Div) diff.getCellComponent(1, 2)).getText()).isEqualTo("Line one\nLine two");

        List<org.policymonitor.measure.MeasureRevision> versions = history.from.getListDataView().getItems().toList();
        history.from.setValue(versions.getLast());
        history.to.setValue(versions.getLast());
        assertThat(history.shownChanges()).isEmpty();
        assertThat(history.noDifference.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void myMeasuresListsOnlyTheEditorsMinistryAndFiltersByStatus() {
        Measure mine = measureOf("editor", "2024-2027", MeasureContent.titled("Listed for Mongolia"));
        Measure lithuanian = measureOf("editor.lt", "2024-2027", MeasureContent.titled("Listed for Lithuania"));

        MyMeasuresView list = myMeasures();
        var grid = test(list.grid);
        List<MeasureSummary> rows = IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();

        assertThat(rows).extracting(MeasureSummary::id).contains(mine.getId()).doesNotContain(lithuanian.getId());
        Long ministry = accounts.find("editor").orElseThrow().scope().ministryId();
        assertThat(rows).allSatisfy(r -> assertThat(measures.find(r.id()).orElseThrow().getMinistryId()).isEqualTo(ministry));

        list.statusFilter.setValue(MeasureStatus.PUBLISHED);
        List<MeasureSummary> published = IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(published).allSatisfy(r -> assertThat(r.status()).isEqualTo(MeasureStatus.PUBLISHED));
        assertThat(published).extracting(MeasureSummary::id).doesNotContain(mine.getId());
        assertThat(grid.isColumnSortable(0)).isTrue();
    }

    @Test
    @WithUserDetails("editor.lt")
    void anotherMinistrysMeasureCannotBeOpenedByItsId() {
        Measure mongolian = measureOf("editor", "2024-2027", MeasureContent.titled("Mongolian only"));

        Component shown = navigate("measures/" + mongolian.getId() + "/edit", Component.class);

        assertThat(shown).isInstanceOf(MyMeasuresView.class);
        assertThat($(MeasureEditorView.class).all()).isEmpty();
        Component history = navigate("measures/" + mongolian.getId() + "/history", Component.class);
        assertThat(history).isInstanceOf(MyMeasuresView.class);
        assertThat(measures.find(mongolian.getId()).orElseThrow().getTitle()).isEqualTo("Mongolian only");
    }
}
