package org.policymonitor.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user's choices: the language of their e-mails (null: the account's language) and the kinds they do not
 * want by e-mail.
 */
public record NotificationPreferences(String language, Set<NotificationKind> emailOptOuts) {

    public NotificationPreferences {
        emailOptOuts = emailOptOuts == null || emailOptOuts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emailOptOuts));
    }

    public boolean wantsEmail(NotificationKind kind) {
        return !emailOptOuts.contains(kind);
    }
}
