package org.policymonitor.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.policymonitor.i18n.TranslationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

/**
 * Checks that the signed-in user may touch data of a ministry, a Party or a partner organisation. Every
 * {@code require...} method throws a translated {@link ScopeAccessDeniedException} and writes an
 * {@link AuditEventType#ACCESS_DENIED} record when the answer is no, so opening another scope's object by its
 * id is denied and logged. Administrators pass every check. The {@code may...} methods answer without logging,
 * for filtering lists and hiding buttons.
 *
 * <ul>
 * <li>ministry: an {@link Role#EDITOR} of that ministry;</li>
 * <li>Party: a {@link Role#REVIEWER} or {@link Role#EVALUATOR} of that Party;</li>
 * <li>partner organisation: a {@link Role#PARTNER} of that organisation.</li>
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
        return user().map(u -> u.isAdmin()
                || u.has(Role.EDITOR) && ministryId != null && Objects.equals(u.scope().ministryId(), ministryId))
                .orElse(false);
    }

    public boolean mayAccessParty(Long partyId) {
        return user().map(u -> u.isAdmin()
                || (u.has(Role.REVIEWER) || u.has(Role.EVALUATOR)) && partyId != null
                        && Objects.equals(u.scope().partyId(), partyId))
                .orElse(false);
    }

    public boolean mayAccessPartner(Long partnerOrganisationId) {
        return user().map(u -> u.isAdmin()
                || u.has(Role.PARTNER) && partnerOrganisationId != null
                        && Objects.equals(u.scope().partnerOrganisationId(), partnerOrganisationId))
                .orElse(false);
    }

    public boolean isAdmin() {
        return user().map(CurrentUser::isAdmin).orElse(false);
    }

    public void requireMinistry(Long ministryId) {
        if (!mayAccessMinistry(ministryId)) {
            throw deny("ministry " + ministryId, "security.denied.ministry");
        }
    }

    public void requireParty(Long partyId) {
        if (!mayAccessParty(partyId)) {
            throw deny("party " + partyId, "security.denied.party");
        }
    }

    public void requirePartner(Long partnerOrganisationId) {
        if (!mayAccessPartner(partnerOrganisationId)) {
            throw deny("partner organisation " + partnerOrganisationId, "security.denied.partner");
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
        audit.write(AuditEventType.ACCESS_DENIED, actor, actor, what);
        return new ScopeAccessDeniedException(messageKey, translations.translate(locale(), messageKey));
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
