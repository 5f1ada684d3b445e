package org.policymonitor.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.ReferenceData;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates published, draft and in-revision measures for the catalogue tests (on top of the demo data). */
@Component
class CatalogueFixtures {

    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    CatalogueFixtures(MeasureService measures, ReferenceData referenceData, TransactionTemplate transaction,
            EntityManager entityManager) {
        this.measures = measures;
        this.referenceData = referenceData;
        this.transaction = transaction;
        this.entityManager = entityManager;
    }

    /** A word that appears in no other measure, to isolate a test's measures from the rest of the catalogue. */
    static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static MeasureContent content(String title, String description, Set<String> goals, Set<String> domains,
            List<PartnerRow> partners, Evaluation evaluation, BigDecimal budgetUsd) {
        return new MeasureContent(title, List.of("Ministry of Culture"), description, "https://example.org", "Results text",
                budgetUsd == null ? null : budgetUsd.toPlainString(), budgetUsd, partners, evaluation,
                evaluation == Evaluation.YES ? "Conclusions text" : null, goals, Set.of(), domains, null, null, Set.of(),
                Set.of(), null, null, null);
    }

    PublishedMeasure publish(String partyIso, String cycleCode, MeasureContent content) {
        Long party = referenceData.partyByIso(partyIso).orElseThrow().getId();
        Long cycle = referenceData.cycleByCode(cycleCode).orElseThrow().getId();
        return measures.importAsPublished(party, null, cycle, FormVersion.FORM_2020, content, false, "test");
    }

    Measure draft(String partyIso, String cycleCode, MeasureContent content) {
        Long party = referenceData.partyByIso(partyIso).orElseThrow().getId();
        Long cycle = referenceData.cycleByCode(cycleCode).orElseThrow().getId();
        // as the system (no authentication): the calling test may have signed in an anonymous visitor
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return measures.createDraft(party, null, cycle, FormVersion.FORM_2020, content, "editor");
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    /** Starts a new version of a published measure and saves new content in it, without publishing it. */
    void reviseWithoutPublishing(Long measureId, MeasureContent content) {
        transaction.executeWithoutResult(status -> {
            Measure measure = entityManager.find(Measure.class, measureId);
            measure.startRevision("editor", measure.getUpdatedAt());
            measure.edit(content, "editor", measure.getUpdatedAt());
        });
    }

    /** Takes a revised measure through review and publishes it as a new version. */
    PublishedMeasure publishRevision(Long measureId) {
        transaction.executeWithoutResult(status -> {
            Measure measure = entityManager.find(Measure.class, measureId);
            measure.submit("editor", measure.getUpdatedAt());
            measure.startReview("workflow", measure.getUpdatedAt());
            measure.approveReview("reviewer", measure.getUpdatedAt());
            if (measure.getStatus() == org.policymonitor.measure.MeasureStatus.AWAITING_PARTNERS) {
                measure.confirmPartners("partner", measure.getUpdatedAt());
            }
        });
        return measures.publish(measureId, "evaluator");
    }
}
