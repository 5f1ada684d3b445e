package org.policymonitor.workflow;

/** A user an administrator may give a task to, as the choice lists them. */
public record ReassignCandidate(String username, String displayName) {
}
