package org.policymonitor.workflow;

import org.springframework.security.access.AccessDeniedException;

/**
 * Refused by the four-eyes rule: the user submitted this measure, or approved the review they now want to
 * sign off. {@link #messageKey()} says which, in the user's language.
 */
public class FourEyesException extends AccessDeniedException {

    private final String messageKey;

    FourEyesException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
