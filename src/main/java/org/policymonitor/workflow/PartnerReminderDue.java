package org.policymonitor.workflow;

import java.time.Instant;
import java.util.List;

/** Partners have not answered within the reminder period; {@code pendingPartners} are the ones still to answer. */
public record PartnerReminderDue(Long measureId, String measureTitle, List<String> pendingPartners, Instant at) {
}
