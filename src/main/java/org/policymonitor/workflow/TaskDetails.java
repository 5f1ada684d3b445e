package org.policymonitor.workflow;

import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureStatus;

/** An open task with the measure it is about, read-only, for the task page. */
public record TaskDetails(TaskView task, MeasureStatus measureStatus, String partyName, String ministryName,
        MeasureContent content, String civilSocietyOrganisation) {
}
