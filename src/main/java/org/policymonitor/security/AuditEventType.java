package org.policymonitor.security;

/** What happened, in the security audit log. */
public enum AuditEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    USER_CREATED,
    ROLES_CHANGED,
    USER_DEACTIVATED,
    USER_ACTIVATED,
    USER_UNLOCKED,
    ACCESS_DENIED,
    SSO_LINKED;

    public String messageKey() {
        return "security.audit.type." + name();
    }
}
