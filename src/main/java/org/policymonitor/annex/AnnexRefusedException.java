package org.policymonitor.annex;

/** A file that may not be attached; {@link #messageKey()} says why, in the annex bundle, with its arguments. */
public class AnnexRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    AnnexRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
