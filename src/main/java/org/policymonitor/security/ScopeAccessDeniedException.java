package org.policymonitor.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Access to an object outside the user's scope (another ministry, Party or partner organisation). The message
 * is already translated into the user's language; {@link #messageKey()} gives the key for callers that translate
 * themselves.
 */
public class ScopeAccessDeniedException extends AccessDeniedException {

    private final String messageKey;

    public ScopeAccessDeniedException(String messageKey, String translatedMessage) {
        super(translatedMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
