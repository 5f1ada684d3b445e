package org.policymonitor.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.policymonitor.i18n.TranslationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

/**
 * The one place that decides whether the signed-in user may touch an object of a ministry, a Party or a
 * partner organisation. Every {@code require...} method throws a translated {@link ScopeAccessDeniedException}
 * and writes one {@link AuditEventType#ACCESS_DENIED} record when the answer is no, naming the user, the object
 * and the path the request came by ({@link AccessPath}: the route, the REST request, the service method), so
 * opening another scope's object by its id is denied and logged whichever way it was tried. Administrators pass
 * every check. The {@code may...} methods answer without logging, for filtering lists and hiding buttons.
 *
 * <ul>
 * <li>ministry: an {@link Role#EDITOR} of that ministry;</li>
 * <li>Party: a {@link Role#REVIEWER} or {@link Role#EVALUATOR} of that Party;</li>
 * <li>partner organisation: a {@link Role#PARTNER} of that organisation;</li>
 * <li>writing a measure (create, edit, submit, withdraw): a ministry's measure the {@link Role#EDITOR}s of its
 * ministry; a civil-society contribution (a measure with a contributing organisation and no ministry) the
 * {@link Role#CIVIL_SOCIETY} contacts of that organisation <em>and</em> of the measure's Party, and nobody else
 * ({@link #mayWriteMeasure});</li>
 * <li>following a measure's submission: any of these, for the measure's ministry, Party, contributing
 * organisation or a partner organisation it lists.</li>
 * </ul>
 */
@Component
public class ScopeGuard {

    private final AuditWriter audit;
    private final TranslationProvider translations;

    ScopeGuard(AuditWriter audit, TranslationProvider translations) {
        this.audit = audit;
        this.translations = translations;
    }

    public boolean mayAccessMinistry(Long ministryId) {
        return user().map(u -> u.isAdmin() || editorOf(u, ministryId)).orElse(false);
    }

    public boolean mayAccessParty(Long partyId) {
        return user().map(u -> u.isAdmin() || partyStaffOf(u, partyId)).orElse(false);
    }

    public boolean mayAccessPartner(Long partnerOrganisationId) {
        return user().map(u -> u.isAdmin() || partnerOf(u, partnerOrganisationId)).orElse(false);
    }

    /**
     * Whether the user may write a measure of this ministry, Party and contributing organisation (null for a
     * ministry's measure): a ministry's measure its ministry's editors, a contribution the civil-society contacts
     * of its organisation and Party; administrators both. A contribution is never a ministry editor's, a ministry's
     * measure never a contact's.
     */
    public boolean mayWriteMeasure(Long ministryId, Long partyId, Long contributorId) {
        return user().map(u -> u.isAdmin() || (contributorId == null ? editorOf(u, ministryId)
                : civilSocietyContactOf(u, contributorId, partyId))).orElse(false);
    }

    /**
     * Whether the user may follow an object of the given ministry and Party: its ministry's editors, its Party's
     * reviewers and evaluators, and the partners of an organisation for which {@code listsPartner} is true.
     */
    public boolean mayFollow(Long ministryId, Long partyId, LongPredicate listsPartner) {
        return mayFollow(ministryId, partyId, null, listsPartner);
    }

    /** {@link #mayFollow(Long, Long, LongPredicate)}, and the contacts of the contributing organisation (may be null). */
    public boolean mayFollow(Long ministryId, Long partyId, Long contributorId, LongPredicate listsPartner) {
        return user().map(u -> u.isAdmin() || editorOf(u, ministryId) || partyStaffOf(u, partyId)
                || contributorId != null && civilSocietyContactOf(u, contributorId, partyId)
                || u.has(Role.PARTNER) && u.scope().partnerOrganisationId() != null
                        && listsPartner.test(u.scope().partnerOrganisationId()))
                .orElse(false);
    }

    public boolean isAdmin() {
        return user().map(CurrentUser::isAdmin).orElse(false);
    }

    public void requireMinistry(Long ministryId) {
        requireMinistry(ministryId, "ministry " + ministryId);
    }

    /** @param object what the user tried to reach, e.g. "measure 12 of ministry 3" */
    public void requireMinistry(Long ministryId, String object) {
        if (!mayAccessMinistry(ministryId)) {
            throw deny(object, "security.denied.ministry");
        }
    }

    /**
     * {@link #requireMinistry(Long, String)} for the calls that change a ministry's data and are also made by
     * the system itself: with no authentication at all (start-up loaders, workflow jobs, the importer's
     * command line) the call passes; any authenticated caller, an anonymous visitor included, is checked.
     */
    public void requireMinistryUnlessSystem(Long ministryId, String object) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            requireMinistry(ministryId, object);
        }
    }

    /**
     * {@link #mayWriteMeasure} for the calls that change a measure and are also made by the system itself (see
     * {@link #requireMinistryUnlessSystem}).
     */
    public void requireMeasureWriterUnlessSystem(Long ministryId, Long partyId, Long contributorId, String object) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            requireMeasureWriter(ministryId, partyId, contributorId, object);
        }
    }

    /** See {@link #mayWriteMeasure}. */
    public void requireMeasureWriter(Long ministryId, Long partyId, Long contributorId, String object) {
        if (!mayWriteMeasure(ministryId, partyId, contributorId)) {
            throw deny(object, contributorId == null ? "security.denied.ministry" : "security.denied.object");
        }
    }

    public void requireParty(Long partyId) {
        requireParty(partyId, "party " + partyId);
    }

    public void requireParty(Long partyId, String object) {
        if (!mayAccessParty(partyId)) {
            throw deny(object, "security.denied.party");
        }
    }

    public void requirePartner(Long partnerOrganisationId) {
        requirePartner(partnerOrganisationId, "partner organisation " + partnerOrganisationId);
    }

    public void requirePartner(Long partnerOrganisationId, String object) {
        if (!mayAccessPartner(partnerOrganisationId)) {
            throw deny(object, "security.denied.partner");
        }
    }

    /** See {@link #mayFollow}. */
    public void requireFollower(String object, Long ministryId, Long partyId, LongPredicate listsPartner) {
        requireFollower(object, ministryId, partyId, null, listsPartner);
    }

    /** See {@link #mayFollow(Long, Long, Long, LongPredicate)}. */
    public void requireFollower(String object, Long ministryId, Long partyId, Long contributorId,
            LongPredicate listsPartner) {
        if (!mayFollow(ministryId, partyId, contributorId, listsPartner)) {
            throw deny(object, "security.denied.object");
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw deny("administration", "security.denied.admin");
        }
    }

    /**
     * For checks the other modules make themselves (e.g. a task assigned to someone else): logs the denial of
     * {@code what} and returns the translated exception to throw.
     */
    public ScopeAccessDeniedException denied(String what) {
        return deny(what, "security.denied.object");
    }

    private ScopeAccessDeniedException deny(String what, String messageKey) {
        String actor = CarriesCurrentUser.actorName();
        audit.write(AuditEventType.ACCESS_DENIED, actor, actor, what + " · " + AccessPath.current());
        return new ScopeAccessDeniedException(messageKey, translations.translate(locale(), messageKey));
    }

    private static boolean editorOf(CurrentUser u, Long ministryId) {
        return u.has(Role.EDITOR) && ministryId != null && Objects.equals(u.scope().ministryId(), ministryId);
    }

    private static boolean partyStaffOf(CurrentUser u, Long partyId) {
        return (u.has(Role.REVIEWER) || u.has(Role.EVALUATOR)) && partyId != null
                && Objects.equals(u.scope().partyId(), partyId);
    }

    private static boolean partnerOf(CurrentUser u, Long partnerOrganisationId) {
        return u.has(Role.PARTNER) && partnerOrganisationId != null
                && Objects.equals(u.scope().partnerOrganisationId(), partnerOrganisationId);
    }

    private static boolean civilSocietyContactOf(CurrentUser u, Long organisationId, Long partyId) {
        return u.has(Role.CIVIL_SOCIETY) && organisationId != null && partyId != null
                && Objects.equals(u.scope().partnerOrganisationId(), organisationId)
                && Objects.equals(u.scope().partyId(), partyId);
    }

    private static Optional<CurrentUser> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? Optional.empty()
                : CarriesCurrentUser.fromContext();
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        return user().map(CurrentUser::preferredLanguage).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }
}
