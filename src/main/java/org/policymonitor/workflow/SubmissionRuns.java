package org.policymonitor.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureLifecycle;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.workflow.SubmissionWorkflow.Variables;
import org.springframework.stereotype.Component;

/**
 * The process instances themselves: started when a measure is submitted, ended when it is withdrawn or an
 * administrator cancels it; and the step log every step writes to.
 */
@Component
class SubmissionRuns {

    private final RuntimeService runtime;
    private final MeasureService measures;
    private final MeasureLifecycle lifecycle;
    private final StepLogRepository stepLog;
    private final TaskEntitlement entitlement;
    private final PartnerRouting partnerRouting;
    private final WorkflowProperties properties;
    private final Clock clock;

    SubmissionRuns(RuntimeService runtime, MeasureService measures, MeasureLifecycle lifecycle,
            StepLogRepository stepLog, TaskEntitlement entitlement, PartnerRouting partnerRouting,
            WorkflowProperties properties, Clock clock) {
        this.runtime = runtime;
        this.measures = measures;
        this.lifecycle = lifecycle;
        this.stepLog = stepLog;
        this.entitlement = entitlement;
        this.partnerRouting = partnerRouting;
        this.properties = properties;
        this.clock = clock;
    }

    void start(Long measureId, String submittedBy) {
        Measure measure = measures.find(measureId).orElseThrow();
        MeasureContent content = measure.content();
        Long partyId = measure.getPartyId();
        ArrayList<HashMap<String, String>> partners = partnerRouting.route(partyId, content.partners());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.MEASURE_ID, measureId);
        variables.put(Variables.MEASURE_TITLE, measure.getTitle());
        variables.put(Variables.PARTY_ID, partyId);
        variables.put(Variables.SUBMITTED_BY, submittedBy);
        variables.put("reviewerGroup", CandidateGroups.reviewers(partyId));
        variables.put("evaluatorGroup", CandidateGroups.evaluators(partyId));
        variables.put(Variables.PARTNERS, partners);
        variables.put("hasPartners", !partners.isEmpty());
        variables.put(Variables.PARTNER_DECLINED, false);
        variables.put("partnerReminder", properties.partnerReminder().toString());
        variables.put("partnerEscalation", properties.partnerEscalation().toString());
        variables.put("reviewDue", properties.reviewDue().toString());
        variables.put("signOffDue", properties.signOffDue().toString());
        log(measureId, null, WorkflowStep.SUBMISSION, StepOutcome.SUBMITTED,
                submittedBy == null ? SubmissionWorkflow.SYSTEM : submittedBy, null, null);
        runtime.createProcessInstanceBuilder().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .businessKey(measureId.toString()).name(shorten(measure.getTitle(), 255)).variables(variables).start();
    }

    void endOnWithdrawal(Long measureId, String actor, String reason) {
        runningInstance(measureId).ifPresent(instance -> {
            runtime.deleteProcessInstance(instance.getId(), "withdrawn");
            log(measureId, instance.getId(), WorkflowStep.WITHDRAWAL, StepOutcome.WITHDRAWN,
                    actor == null ? SubmissionWorkflow.SYSTEM : actor, null, reason);
        });
    }

    void cancel(Long measureId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException();
        }
        requireLength(reason.strip());
        CurrentUser admin = entitlement.actingUser();
        ProcessInstance instance = runningInstance(measureId)
                .orElseThrow(() -> new IllegalStateException("No running submission for measure " + measureId));
        lifecycle.cancelSubmission(measureId, admin.username(), reason);
        runtime.deleteProcessInstance(instance.getId(), "cancelled: " + reason.strip());
        log(measureId, instance.getId(), WorkflowStep.CANCELLATION, StepOutcome.CANCELLED, admin.username(), null,
                reason.strip());
    }

    void log(Long measureId, String processInstanceId, WorkflowStep step, StepOutcome outcome, String actor,
            String subject, String comment) {
        stepLog.save(new StepLog(measureId, processInstanceId, step, outcome, actor, shorten(subject, 500), comment,
                clock.instant()));
    }

    Optional<ProcessInstance> runningInstance(Long measureId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(measureId.toString()).list().stream().findFirst();
    }

    static void requireLength(String text) {
        if (text != null && text.length() > SubmissionWorkflow.COMMENT_MAX) {
            throw new IllegalArgumentException("Comments are limited to " + SubmissionWorkflow.COMMENT_MAX
                    + " characters");
        }
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
