package org.policymonitor.workflow;

import java.util.List;

import org.policymonitor.measure.MeasureStatus;

/**
 * Where a measure's submission stands.
 *
 * @param running a process instance is under way for the measure
 * @param timeline every step of every submission of the measure, oldest first
 * @param openTasks the tasks waiting now
 * @param canCancel the current user may cancel the running submission (administrators)
 */
public record SubmissionOverview(Long measureId, String title, MeasureStatus status, boolean running,
        List<StepLogEntry> timeline, List<TaskView> openTasks, boolean canCancel) {
}
