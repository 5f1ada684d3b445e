package org.policymonitor.workflow;

import org.policymonitor.security.AccountEntitlementsChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An administrator changed an account's roles or scope, or deactivated it: the tasks it claimed and may no
 * longer work on go back to their groups, in the transaction of the change.
 */
@Component
class ClaimRelease {

    private final SubmissionWorkflow workflow;

    ClaimRelease(SubmissionWorkflow workflow) {
        this.workflow = workflow;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEntitlementsChanged event) {
        workflow.releaseClaimsNoLongerEntitled(event.username());
    }
}
