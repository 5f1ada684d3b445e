package org.policymonitor.workflow;

import java.util.List;

/**
 * A task of a submission was created and offered to the users of {@code audience} (published by
 * {@link TaskEventBridge} inside the transaction that created it).
 *
 * @param partnerName for a partner confirmation, the organisation asked to confirm; else null
 */
public record WorkflowTaskCreated(String taskId, Long measureId, String measureTitle, Long partyId, WorkflowStep step,
        String partnerName, List<TaskAudience> audience) {
}
