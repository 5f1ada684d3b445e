package org.policymonitor.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the report process ({@code flowable:delegateExpression="${reportSteps}"}): they tell the
 * report module the outcome, inside the command that completed the review, so the report and the process move
 * together (a refused move rolls the decision back).
 */
@Component("reportSteps")
class ReportSteps implements JavaDelegate {

    private final ApplicationEventPublisher events;

    ReportSteps(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long reportId = ((Number) execution.getVariable(ReportSubmissions.REPORT_ID)).longValue();
        String actor = (String) execution.getVariable(ReportSubmissions.ACTOR);
        switch (execution.getCurrentActivityId()) {
            case "acceptReport" -> events.publishEvent(new ReportReviewDecided(reportId, true, actor, null));
            case "returnReport" -> events.publishEvent(new ReportReviewDecided(reportId, false, actor,
                    (String) execution.getVariable(ReportSubmissions.REASON)));
            default -> throw new IllegalStateException("No step for activity " + execution.getCurrentActivityId());
        }
    }
}
