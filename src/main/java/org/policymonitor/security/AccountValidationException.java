package org.policymonitor.security;

/**
 * A request about an account that cannot be carried out as given, e.g. a wrong current password or a role
 * without its scope. {@code field} names the input to show the message beside; {@code messageKey} is translated
 * by the view.
 */
public class AccountValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] params;

    public AccountValidationException(String field, String messageKey, Object... params) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.params = params;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
