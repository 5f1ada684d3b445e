package org.policymonitor.workflow;

import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureStatusChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a submission's process when a measure is submitted, and ends it when the measure is withdrawn.
 * BEFORE_COMMIT: in the submitting transaction (a failure to start rolls the submit back), but after Spring
 * Data has finished publishing the measure's events, so the process may change the measure again.
 */
@Component
class SubmissionStarter {

    private final SubmissionWorkflow workflow;

    SubmissionStarter(SubmissionWorkflow workflow) {
        this.workflow = workflow;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MeasureStatusChanged event) {
        if (event.measureId() == null) {
            return;
        }
        if (event.to() == MeasureStatus.SUBMITTED) {
            workflow.start(event.measureId(), event.actor());
        } else if (event.to() == MeasureStatus.WITHDRAWN) {
            workflow.endOnWithdrawal(event.measureId(), event.actor(), event.reason());
        }
    }
}
