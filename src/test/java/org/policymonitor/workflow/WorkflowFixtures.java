package org.policymonitor.workflow;

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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Complete measures of Mongolia's Ministry of Culture, submitted by the demo editor, and signing in as demo users. */
public final class WorkflowFixtures {

    public static final String ARTS_COUNCIL = "Mongolian Arts Council";

    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final AccountService accounts;

    /**
     * @param strategy the application context's security context strategy: every application context started in
     *        the test JVM (e.g. the PostgreSQL test's) installs its own as the global one, and method security reads
     *        the one of its context, so signing in must go through that one
     */
    public WorkflowFixtures(MeasureService measures, ReferenceData referenceData, AccountService accounts,
            SecurityContextHolderStrategy strategy) {
        this.measures = measures;
        this.referenceData = referenceData;
        this.accounts = accounts;
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    /** Every field the 2020 form requires for submission, evaluated YES with conclusions. */
    public static MeasureContent completeContent(String title, List<PartnerRow> partners) {
        return new MeasureContent(title, List.of("Ministry of Culture"),
                "Grants for touring performing arts companies across the aimags.", "https://example.org/touring",
                "Forty tours in 2024, reaching 60 000 people in 18 aimags.", "120 000", new BigDecimal("120000"),
                partners, Evaluation.YES, "Touring works; audiences outside the capital doubled.",
                Set.of("GOVERNANCE"), Set.of("CULTURAL_CREATIVE_SECTORS"), Set.of("PERFORMING_ARTS"), null, null,
                null, null, null, null, null, YesNo.YES, YesNo.NO, YesNo.NO, Set.of("SDG_11_SUSTAINABLE_CITIES"));
    }

    public static List<PartnerRow> artsCouncil() {
        return List.of(new PartnerRow(ARTS_COUNCIL, "CIVIL_SOCIETY"));
    }

    public Party mongolia() {
        return referenceData.partyByIso("MN").orElseThrow();
    }

    /** A new draft created and submitted by the demo editor; the workflow starts with the submit. */
    public Long submitted(String title, List<PartnerRow> partners) {
        Long id = draft(title, partners);
        doAs("editor", () -> measures.submit(id, "editor"));
        return id;
    }

    public Long draft(String title, List<PartnerRow> partners) {
        Party mongolia = mongolia();
        Ministry culture = referenceData.ministriesOf(mongolia.getId()).stream()
                .filter(m -> m.getName().equals("Ministry of Culture")).findFirst().orElseThrow();
        Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        return as("editor", () -> measures.createDraft(mongolia.getId(), culture.getId(), cycle, FormVersion.FORM_2020,
                completeContent(title, partners), "editor").getId());
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

    public void signIn(String username) {
        SignedIn.signIn(accounts, username);
    }
}
