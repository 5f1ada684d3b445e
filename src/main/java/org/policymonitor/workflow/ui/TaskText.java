package org.policymonitor.workflow.ui;

import java.time.Duration;

import org.policymonitor.workflow.TaskView;

import com.vaadin.flow.component.Component;

/** Ages and step names as the workflow views show them (dates: {@link org.policymonitor.shared.DateFormats}). */
final class TaskText {

    private TaskText() {
    }

    static String age(Component view, Duration age) {
        long days = Math.max(0, age.toDays());
        return view.getTranslation("workflow.inbox.ageDays", days);
    }

    static String step(Component view, TaskView task) {
        if (task.onBehalf() && task.partnerName() != null) {
            return view.getTranslation("workflow.task.onBehalf", task.partnerName());
        }
        String step = view.getTranslation(task.step().messageKey());
        return task.partnerName() == null ? step : step + ": " + task.partnerName();
    }
}
