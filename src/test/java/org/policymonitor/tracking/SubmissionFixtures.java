package org.policymonitor.tracking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.YesNo;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;

/** Measures of Mongolia in the 2024-2027 cycle moved through the workflow as the demo users. */
public final class SubmissionFixtures {

    public static final String ARTS_COUNCIL = "Mongolian Arts Council";

    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final SubmissionWorkflow workflow;

    public SubmissionFixtures(MeasureService measures, ReferenceData referenceData, AccountService accounts,
            SubmissionWorkflow workflow) {
        this.measures = measures;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.workflow = workflow;
    }

    public static MeasureContent content(String title, List<PartnerRow> partners) {
        return new MeasureContent(title, List.of("Ministry of Culture"), "Grants for touring companies.",
                "https://example.org/touring", "Forty tours.", "120 000", new BigDecimal("120000"), partners,
                Evaluation.YES, "Touring works.", Set.of("GOVERNANCE"), Set.of("CULTURAL_CREATIVE_SECTORS"),
                Set.of("PERFORMING_ARTS"), null, null, null, null, null, null, null, YesNo.YES, YesNo.NO, YesNo.NO,
                Set.of("SDG_11_SUSTAINABLE_CITIES"));
    }

    public Party mongolia() {
        return referenceData.partyByIso("MN").orElseThrow();
    }

    public Long cycle2024() {
        return referenceData.cycleByCode("2024-2027").orElseThrow().getId();
    }

    public Ministry ministry(String name) {
        return as("admin", () -> referenceData.ministryOf(mongolia(), name));
    }

    public Ministry culture() {
        return ministry("Ministry of Culture");
    }

    // Created and submitted as the administrator: the demo editor's scope is the Ministry of Culture only, and
    // the tests use ministries of their own to keep their counts apart. The actor recorded is still "editor".
    public Long draft(Ministry ministry, String title, List<PartnerRow> partners) {
        return as("admin", () -> measures.createDraft(mongolia().getId(), ministry.getId(), cycle2024(),
                FormVersion.FORM_2020, content(title, partners), "editor").getId());
    }

    public Long submitted(Ministry ministry, String title, List<PartnerRow> partners) {
        Long id = draft(ministry, title, partners);
        as("admin", () -> measures.submit(id, "editor"));
        return id;
    }

    /** The one open task of the measure that {@code username} can see. */
    public TaskView task(String username, Long measureId) {
        List<TaskView> found = as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " open tasks of measure " + measureId + " for " + username);
        }
        return found.getFirst();
    }

    public void decide(String username, Long measureId, Decision decision, String comment) {
        String taskId = task(username, measureId).id();
        as(username, () -> {
            workflow.complete(taskId, decision, comment);
            return null;
        });
    }

    public <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(accounts, username, action);
    }

    public void doAs(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
