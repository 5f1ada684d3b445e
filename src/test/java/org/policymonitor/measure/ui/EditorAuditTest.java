package org.policymonitor.measure.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.audit.AuditEntry;
import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;

/**
 * What editors do in the editor view reaches the audit trail field by field: a new draft, a save and an
 * autosave. (The view calls MeasureService's *Mine methods, which call the service's own methods on
 * {@code this}: an audit that only sees calls through the Spring proxy misses all three.)
 */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
class EditorAuditTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    private List<AuditEntry> trailOf(Long measureId) {
        return SignedIn.as(accounts, "admin", () -> audit.search(AuditQuery.ofMeasure(measureId))).reversed();
    }

    private MeasureEditorView edit(Long id) {
        navigate("measures/" + id + "/edit", MeasureEditorView.class);
        return $(MeasureEditorView.class).single();
    }

    private Long draftOfEditorsMinistry(String title) {
        CurrentUser editor = accounts.find("editor").orElseThrow();
        return SignedIn.as(accounts, "admin", () -> measures.createDraft(editor.scope().partyId(),
                editor.scope().ministryId(), referenceData.cycleByCode("2024-2027").orElseThrow().getId(),
                FormVersion.FORM_2020, MeasureContent.titled(title), "system").getId());
    }

    @Test
    @WithUserDetails("editor")
    void aNewDraftSavedInTheEditorIsRecordedWithEachField() {
        navigate(MeasureEditorView.NEW_ROUTE, MeasureEditorView.class);
        MeasureEditorView view = $(MeasureEditorView.class).single();
        test(view.title).setValue("Audited film fund");
        test(view.results).setValue("Ten films");

        test(view.save).click();

        Long id = view.details().id();
        assertThat(trailOf(id)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::field,
                AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("editor", "CREATED", null, null, "Audited film fund"),
                        tuple("editor", "FIELD_CHANGED", "title", null, "Audited film fund"),
                        tuple("editor", "FIELD_CHANGED", "results", null, "Ten films"));
    }

    @Test
    @WithUserDetails("editor")
    void aSaveInTheEditorIsRecordedFieldByField() {
        Long id = draftOfEditorsMinistry("Saved by hand");
        MeasureEditorView view = edit(id);
        test(view.title).setValue("Saved by hand, renamed");
        test(view.website).setValue("https://example.org/saved");

        test(view.save).click();

        assertThat(trailOf(id)).filteredOn(e -> e.actor().equals("editor"))
                .extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("FIELD_CHANGED", "title", "Saved by hand", "Saved by hand, renamed"),
                        tuple("FIELD_CHANGED", "website", null, "https://example.org/saved"));
    }

    @Test
    @WithUserDetails("editor")
    void anAutosaveIsRecordedFieldByField() {
        Long id = draftOfEditorsMinistry("Autosaved");
        MeasureEditorView view = edit(id);
        test(view.results).setValue("Typed, saved by the timer");

        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(view.isDirty()).isFalse();
        assertThat(trailOf(id)).filteredOn(e -> e.actor().equals("editor"))
                .extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("FIELD_CHANGED", "results", null, "Typed, saved by the timer"));
    }
}
