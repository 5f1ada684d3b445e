package org.policymonitor.production;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.policymonitor.measure.FormVersion;
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
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Drives one running application (one node) through its services as the demo users. Several contexts in one
 * JVM each install their own security strategy as the global one, so every call first puts back this node's.
 */
final class AppDriver {

    final ConfigurableApplicationContext context;
    private final SecurityContextHolderStrategy strategy;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    final SubmissionWorkflow workflow;

    AppDriver(ConfigurableApplicationContext context) {
        this.context = context;
        this.strategy = context.getBean(SecurityContextHolderStrategy.class);
        this.measures = context.getBean(MeasureService.class);
        this.referenceData = context.getBean(ReferenceData.class);
        this.accounts = context.getBean(AccountService.class);
        this.workflow = context.getBean(SubmissionWorkflow.class);
    }

    /** A complete draft of Mongolia's Ministry of Culture by the demo editor. */
    Long draft(String title, List<PartnerRow> partners) {
        return as("editor", () -> {
            Party mongolia = referenceData.partyByIso("MN").orElseThrow();
            Ministry culture = referenceData.ministriesOf(mongolia.getId()).stream()
                    .filter(m -> m.getName().equals("Ministry of Culture")).findFirst().orElseThrow();
            Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
            return measures.createDraft(mongolia.getId(), culture.getId(), cycle, FormVersion.FORM_2020,
                    WorkflowFixtures.completeContent(title, partners), "editor").getId();
        });
    }

    void submit(Long measureId) {
        as("editor", () -> measures.submit(measureId, "editor"));
    }

    /** The open task of the measure at {@code step} that {@code username} sees, if any. */
    Optional<TaskView> task(String username, Long measureId, WorkflowStep step) {
        return as(username, () -> workflow.inbox(new InboxFilter(InboxFilter.Show.ALL, step, false, null, null)))
                .stream().filter(t -> t.measureId().equals(measureId)).findFirst();
    }

    void decide(String username, TaskView task, Decision decision) {
        decide(username, task, decision, null);
    }

    void decide(String username, TaskView task, Decision decision, String comment) {
        as(username, () -> {
            workflow.complete(task.id(), decision, comment);
            return null;
        });
    }

    <T> T as(String username, Supplier<T> action) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails details = accounts.loadUserByUsername(username);
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
