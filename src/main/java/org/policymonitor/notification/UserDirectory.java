package org.policymonitor.notification;

import java.util.List;
import java.util.Optional;

import org.policymonitor.security.AccountContacts;
import org.policymonitor.security.Contact;
import org.policymonitor.security.Role;
import org.springframework.stereotype.Component;

/**
 * The recipients of a notification by role and scope ("the reviewers of Party 12"), as the security module's
 * {@link AccountContacts} lists them.
 */
@Component
public class UserDirectory {

    private final AccountContacts contacts;

    UserDirectory(AccountContacts contacts) {
        this.contacts = contacts;
    }

    /** Users holding {@code role} for a Party (reviewers, evaluators). */
    public List<Recipient> ofParty(Role role, Long partyId) {
        return recipients(contacts.ofParty(role, partyId));
    }

    /** Editors (or another role) of a ministry. */
    public List<Recipient> ofMinistry(Role role, Long ministryId) {
        return recipients(contacts.ofMinistry(role, ministryId));
    }

    /** Contacts of a partner organisation. */
    public List<Recipient> ofPartnerOrganisation(Long organisationId) {
        return recipients(contacts.ofPartnerOrganisation(organisationId));
    }

    /** The civil-society contacts of an organisation for a Party. */
    public List<Recipient> ofCivilSocietyOrganisation(Long organisationId, Long partyId) {
        return recipients(contacts.ofCivilSocietyOrganisation(organisationId, partyId));
    }

    public Optional<Recipient> user(String username) {
        return contacts.user(username).map(UserDirectory::recipient);
    }

    private static List<Recipient> recipients(List<Contact> found) {
        return found.stream().map(UserDirectory::recipient).toList();
    }

    private static Recipient recipient(Contact contact) {
        return new Recipient(contact.username(), contact.displayName(), contact.email(), contact.preferredLanguage());
    }
}
