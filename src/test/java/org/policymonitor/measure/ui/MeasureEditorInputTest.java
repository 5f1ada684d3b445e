package org.policymonitor.measure.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.InvalidMeasureContentException;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

/** What the editor does with text beyond its limit and with amounts that are not one number: refuse, never cut. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("editor")
class MeasureEditorInputTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;

    private MeasureEditorView open(String route) {
        navigate(route, MeasureEditorView.class);
        return $(MeasureEditorView.class).single();
    }

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aPasteBeyondTheLimitIsCountedAndRefusedAndNothingIsCutOrLost() {
        MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);
        assertThat(view.description.getHelperText()).isEqualTo("0 / 50,000 characters");
        assertThat(view.title.getMaxLength()).isZero(); // the browser must not cut a paste
        assertThat(view.description.getMaxLength()).isZero();

        test(view.title).setValue("Long paste");
        test(view.description).setValue("w".repeat(200_000));
        assertThat(view.description.getHelperText()).isEqualTo("200,000 / 50,000 characters");
        assertThat(view.errorOf(MeasureField.DESCRIPTION))
                .isEqualTo("Too long: 200,000 characters, at most 50,000. Remove 150,000 to save; nothing has been cut.");

        test(view.save).click();
        assertThat(view.details()).as("nothing was created").isNull();
        assertThat(view.saveState.getText()).startsWith("Not saved: Too long: 200,000 characters");
        assertThat(view.description.getValue()).hasSize(200_000);
        assertThat(view.title.getValue()).isEqualTo("Long paste");
        assertThat(view.errorOf(MeasureField.DESCRIPTION)).startsWith("Too long: 200,000");

        test(view.description).setValue("w".repeat(50_000));
        assertThat(view.errorOf(MeasureField.DESCRIPTION)).isNull();
        test(view.save).click();
        assertThat(editing.openForEditing(view.details().id()).content().description()).hasSize(50_000);
    }

    @Test
    void everyTextFieldCountsAgainstItsOwnLimitInTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);
        test(view.title).setValue("t".repeat(1234));
        assertThat(view.title.getHelperText()).isEqualTo("1\u202F234 / 500 caractères");
        assertThat(view.errorOf(MeasureField.TITLE)).startsWith("Trop long\u00a0: 1\u202F234 caractères, 500 au maximum.");
        test(view.website).setValue("https://example.org/");
        assertThat(view.website.getHelperText()).isEqualTo("20 / 2\u202F000 caractères");
        test(view.agencies).setValue("Ministère\n" + "a".repeat(501));
        assertThat(view.agencies.getHelperText()).endsWith("Ligne la plus longue\u00a0: 501 / 500 caractères");
        assertThat(view.errorOf(MeasureField.AGENCIES)).startsWith("Une ligne est trop longue\u00a0: 501 caractères");
        for (var field : List.of(view.results, view.budgetText, view.conclusions)) {
            assertThat(field.getHelperText()).endsWith("0 / 50\u202F000 caractères");
        }
    }

    @Test
    void anAmountThatIsNotOneNumberIsRefusedOnEveryChangeAndTheSavedAmountStays() {
        MeasureDetails draft = editing.createMyDraft(MeasureContent.empty().withTitle("Budget check")
                .with(MeasureField.BUDGET_USD, new BigDecimal("65000.00")));
        MeasureEditorView view = open("measures/" + draft.id() + "/edit");
        assertThat(view.budgetUsd.getValue()).isEqualTo("65000.00");

        for (String typed : List.of("1e309", "12abc", "1,2,3", "Infinity", "NaN", "-5", "123456789012345678")) {
            test(view.budgetUsd).setValue(typed);
            assertThat(view.errorOf(MeasureField.BUDGET_USD)).as(typed).isNotNull();
            assertThat(view.budgetUsd.getValue()).as("the text is kept as typed").isEqualTo(typed);
            assertThat(view.isDirty()).as(typed).isTrue();
            test(view.save).click();
            assertThat(editing.openForEditing(draft.id()).version()).as(typed).isEqualTo(draft.version());
        }
        test(view.budgetUsd).setValue("1e309");
        assertThat(view.errorOf(MeasureField.BUDGET_USD))
                .isEqualTo("Enter one amount in US dollars, in digits, e.g. 65 000 or 65000.50.");
        test(view.budgetUsd).setValue("-5");
        assertThat(view.errorOf(MeasureField.BUDGET_USD)).isEqualTo("The amount cannot be negative.");
        view.autosave();
        assertThat(editing.openForEditing(draft.id()).content().budgetUsd()).isEqualByComparingTo("65000");

        test(view.budgetUsd).setValue("65,000.50");
        assertThat(view.errorOf(MeasureField.BUDGET_USD)).isNull();
        test(view.save).click();
        assertThat(editing.openForEditing(draft.id()).content().budgetUsd()).isEqualByComparingTo("65000.50");
        test(view.budgetUsd).setValue("70 000");
        test(view.save).click();
        assertThat(editing.openForEditing(draft.id()).content().budgetUsd()).isEqualByComparingTo("70000");
    }

    @Test
    void aDecimalCommaIsReadInFrenchAndAnAmbiguousOneIsRefused() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        MeasureEditorView view = open(MeasureEditorView.NEW_ROUTE);
        test(view.title).setValue("Montant en français");
        test(view.budgetUsd).setValue("65,000");
        assertThat(view.errorOf(MeasureField.BUDGET_USD)).startsWith("«\u00a065,000\u00a0» peut se lire de deux façons");
        test(view.budgetUsd).setValue("65 000,5");
        assertThat(view.errorOf(MeasureField.BUDGET_USD)).isNull();
        test(view.save).click();
        assertThat(editing.openForEditing(view.details().id()).content().budgetUsd()).isEqualByComparingTo("65000.5");
    }

    @Test
    void theServiceRefusesALongTextTheEditorsViewWouldHaveRefused() {
        MeasureContent tooLong = MeasureContent.empty().withTitle("Service limit").with(MeasureField.RESULTS,
                "r".repeat(50_001));
        assertThatThrownBy(() -> editing.createMyDraft(tooLong)).isInstanceOfSatisfying(
                InvalidMeasureContentException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo(MeasureField.RESULTS)));
        MeasureDetails draft = editing.createMyDraft(MeasureContent.empty().withTitle("Service limit"));
        assertThatThrownBy(() -> editing.saveMine(draft.id(), draft.version(), tooLong))
                .isInstanceOf(InvalidMeasureContentException.class);
        assertThat(editing.openForEditing(draft.id()).version()).isEqualTo(draft.version());
    }
}
