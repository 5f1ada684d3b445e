package org.policymonitor.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A cycle of its own for each test (so tests do not share a report), with Mongolia's measures in it: two
 * published, one civil-society contribution (published) and one draft; and a reviewer of Lithuania.
 */
public final class ReportFixtures {

    public static final String REVIEWER_LT = "report.reviewer.lt";
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2100);

    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final AccountService accounts;

    public ReportFixtures(MeasureService measures, ReferenceData referenceData, AccountService accounts) {
        this.measures = measures;
        this.referenceData = referenceData;
        this.accounts = accounts;
    }

    /** The measures of a fresh cycle of Mongolia. */
    public record Cycle(Long cycleId, String code, Long publishedA, Long publishedB, Long contribution, Long draft) {
    }

    public Cycle freshCycle(String word) {
        SecurityContextHolder.clearContext();
        int start = NEXT_YEAR.getAndAdd(4);
        ReportingCycle cycle = referenceData.cycle(start, start + 3, "FORM_2020");
        Party mongolia = mongolia();
        Long culture = referenceData.ministryOf(mongolia, "Ministry of Culture").getId();
        Long a = measures.importAsPublished(mongolia.getId(), culture, cycle.getId(), FormVersion.FORM_2020,
                content("Touring theatre " + word), false, "system").measureId();
        Long b = measures.importAsPublished(mongolia.getId(), culture, cycle.getId(), FormVersion.FORM_2020,
                content("Film heritage archive " + word), false, "system").measureId();
        Long contribution = measures.importAsPublished(mongolia.getId(), culture, cycle.getId(), FormVersion.FORM_2020,
                content("Artists' union mentoring " + word), true, "system").measureId();
        Long draft = measures.createDraft(mongolia.getId(), culture, cycle.getId(), FormVersion.FORM_2020,
                content("Music schools draft " + word), "editor").getId();
        return new Cycle(cycle.getId(), cycle.getCode(), a, b, contribution, draft);
    }

    public void ensureOtherReviewer() {
        SecurityContextHolder.clearContext();
        if (!accounts.exists(REVIEWER_LT)) {
            accounts.createUser(REVIEWER_LT, "Reviewer of Lithuania", "reviewer.lt@example.org",
                    "Other-scope-passw0rd", Set.of(Role.REVIEWER),
                    Scope.party(referenceData.partyByIso("LT").orElseThrow().getId()));
        }
    }

    public Party mongolia() {
        return referenceData.partyByIso("MN").orElseThrow();
    }

    /** Every section the report requires, with one statistics row. */
    public static ReportContent completeContent(String summary) {
        return new ReportContent("Director of Cultural Policy", "Government Building 8, Ulaanbaatar", "+976 11 123456",
                "npc@example.org", summary, "Three workshops with ministries, artists' unions and NGOs.",
                "Digital platforms and the status of artists.", "Touring reached every aimag; funding is thin.",
                "Survey of artists (PDF).",
                List.of(new StatisticRow("Cultural employment share", "2.1", 2022, "National Statistics Office")));
    }

    static MeasureContent content(String title) {
        return new MeasureContent(title, List.of("Ministry of Culture"),
                "A programme of the Ministry of Culture of Mongolia.", "https://example.org/m", "Good results.",
                "50 000", new BigDecimal("50000"), List.of(), Evaluation.NO, null, Set.of("GOVERNANCE"),
                Set.of("CULTURAL_CREATIVE_SECTORS"), Set.of("PERFORMING_ARTS"), null, null, null, null, null, null,
                null);
    }
}
