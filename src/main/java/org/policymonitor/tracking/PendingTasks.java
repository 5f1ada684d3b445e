package org.policymonitor.tracking;

import org.policymonitor.security.Role;

/**
 * Open tasks a reviewer or evaluator can act on: claimed by them, or offered to their Party's group.
 *
 * @param overdue tasks past their due date
 */
public record PendingTasks(String username, String displayName, Role role, long open, long overdue) {
}
