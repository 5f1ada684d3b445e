package org.policymonitor.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.policymonitor.party.Ministry;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts in the database, and who is signed in: the signed-in user's own password, and the
 * administrators' user management (invite, roles and scope, deactivate, reset password, unlock). Every change
 * writes a security audit record.
 */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    private static final char[] PASSWORD_ALPHABET =
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditWriter audit;
    private final ScopeGuard guard;
    private final ReferenceData referenceData;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AuditWriter audit,
            ScopeGuard guard, ReferenceData referenceData, SecuritySettings settings, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
        this.guard = guard;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    // Spring Security calls this for every form sign-in, before anyone is authenticated.
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new PolicyMonitorUserDetails(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /**
     * Creates a user with a known password. Open to administrators and to code running outside any request
     * (start-up data such as the demo accounts); refused to everybody else.
     */
    public CurrentUser createUser(String username, String displayName, String email, String rawPassword,
            Set<Role> roles, Scope scope) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            guard.requireAdmin();
        }
        if (accounts.existsByUsername(username)) {
            throw new IllegalArgumentException("Username already taken: " + username);
        }
        UserAccount account = accounts.save(new UserAccount(username, displayName, email,
                passwordEncoder.encode(rawPassword), roles, scope));
        audit.write(AuditEventType.USER_CREATED, username, CarriesCurrentUser.actorName(), describe(roles, scope));
        return account.toCurrentUser();
    }

    /**
     * The setup step of a new installation ({@link FirstAdministratorSetup}): creates the first administrator
     * with a one-time password, only while the database has no administrator at all.
     */
    Optional<IssuedPassword> createFirstAdministrator(String username) {
        if (accounts.anyAdministrator()) {
            return Optional.empty();
        }
        String name = checkedUsername(username);
        String password = generatePassword();
        UserAccount account = new UserAccount(name, name, null, null, Set.of(Role.ADMIN), Scope.none());
        Instant expiresAt = oneTimePasswordExpiry();
        account.issueOneTimePassword(passwordEncoder.encode(password), expiresAt);
        accounts.save(account);
        audit.write(AuditEventType.USER_CREATED, name, "setup", describe(Set.of(Role.ADMIN), Scope.none()));
        return Optional.of(new IssuedPassword(account.toSummary(clock.instant()), password, expiresAt));
    }

    @Transactional(readOnly = true)
    boolean anyAdministrator() {
        return accounts.anyAdministrator();
    }

    /** Whether the signed-in user still signs in with a one-time password and must choose their own first. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser().flatMap(me -> accounts.sessionState(me.id()))
                .map(SessionState::passwordChangeRequired).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> find(String username) {
        return accounts.findByUsername(username).map(UserAccount::toCurrentUser);
    }

    /** The signed-in user, if any. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return CarriesCurrentUser.fromContext();
    }

    @PreAuthorize("isAuthenticated()")
    public void rememberLanguage(String username, String languageTag) {
        String me = CarriesCurrentUser.actorName();
        if (!me.equals(username)) {
            throw guard.denied("language of user " + username);
        }
        accounts.findByUsername(username).ifPresent(account -> account.setPreferredLanguage(languageTag));
    }

    /**
     * The signed-in user changes their own password: the current one must be right, the new one long enough,
     * different from the current one, and typed twice alike.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        CurrentUser me = currentUser().orElseThrow(() -> guard.denied("password change without account"));
        UserAccount account = accounts.findById(me.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            audit.write(AuditEventType.PASSWORD_CHANGED, me.username(), me.username(), "refused: wrong current password");
            throw new AccountValidationException("current", "security.password.wrongCurrent");
        }
        checkNewPassword(newPassword, confirmation);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountValidationException("new", "security.password.sameAsCurrent");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.write(AuditEventType.PASSWORD_CHANGED, me.username(), me.username(), null);
    }

    /** Minimum length of a new password ({@code policymonitor.security.min-password-length}). */
    public int minPasswordLength() {
        return settings.minPasswordLength();
    }

    private void checkNewPassword(String newPassword, String confirmation) {
        if (newPassword == null || newPassword.length() < settings.minPasswordLength()) {
            throw new AccountValidationException("new", "security.password.tooShort", settings.minPasswordLength());
        }
        if (PasswordRules.tooLong(newPassword)) {
            throw new AccountValidationException("new", "security.password.tooLong", PasswordRules.MAX_BYTES);
        }
        if (!newPassword.equals(confirmation)) {
            throw new AccountValidationException("confirmation", "security.password.mismatch");
        }
    }

    // ---- administration -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> users() {
        return accounts.findAll().stream().map(a -> a.toSummary(clock.instant()))
                .sorted((a, b) -> a.username().compareToIgnoreCase(b.username())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<UserSummary> user(Long id) {
        return id == null ? Optional.empty() : accounts.findById(id).map(a -> a.toSummary(clock.instant()));
    }

    /** Creates the account with a one-time password for the administrator to hand over. */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword invite(NewUser user) {
        String username = checkedUsername(user.username());
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new AccountValidationException("displayName", "security.user.displayNameRequired");
        }
        Scope scope = checkedScope(user.roles(), user.scope());
        String password = generatePassword();
        UserAccount account = new UserAccount(username, user.displayName().trim(), blankToNull(user.email()),
                null, user.roles(), scope);
        Instant expiresAt = oneTimePasswordExpiry();
        account.issueOneTimePassword(passwordEncoder.encode(password), expiresAt);
        accounts.save(account);
        audit.write(AuditEventType.USER_CREATED, username, CarriesCurrentUser.actorName(), describe(user.roles(), scope));
        return new IssuedPassword(account.toSummary(clock.instant()), password, expiresAt);
    }

    /** Name, e-mail, roles and scope of an existing user. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary updateUser(Long id, String displayName, String email, Set<Role> roles, Scope scope) {
        UserAccount account = require(id);
        if (displayName == null || displayName.isBlank()) {
            throw new AccountValidationException("displayName", "security.user.displayNameRequired");
        }
        Scope checked = checkedScope(roles, scope);
        Set<Role> before = account.getRoles();
        Scope scopeBefore = account.toCurrentUser().scope();
        account.describe(displayName.trim(), blankToNull(email));
        account.assignRoles(roles);
        account.assignScope(checked);
        if (!before.equals(EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles))
                || !scopeBefore.equals(checked)) {
            audit.write(AuditEventType.ROLES_CHANGED, account.getUsername(), CarriesCurrentUser.actorName(),
                    describe(before, scopeBefore) + " -> " + describe(roles, checked));
            entitlementsChanged(account);
        }
        return account.toSummary(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(Long id, boolean enabled) {
        UserAccount account = require(id);
        if (!enabled && account.getUsername().equals(CarriesCurrentUser.actorName())) {
            throw new AccountValidationException("enabled", "security.user.cannotDeactivateSelf");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            audit.write(enabled ? AuditEventType.USER_ACTIVATED : AuditEventType.USER_DEACTIVATED,
                    account.getUsername(), CarriesCurrentUser.actorName(), null);
            if (!enabled) {
                entitlementsChanged(account);
            }
        }
        return account.toSummary(clock.instant());
    }

    /** Replaces the user's password by a one-time password and lifts a lockout. */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedPassword resetPassword(Long id) {
        UserAccount account = require(id);
        String password = generatePassword();
        Instant expiresAt = oneTimePasswordExpiry();
        account.issueOneTimePassword(passwordEncoder.encode(password), expiresAt);
        account.signInSucceeded();
        // whoever may know the old password is signed out
        account.renewSecurityStamp();
        audit.write(AuditEventType.PASSWORD_RESET, account.getUsername(), CarriesCurrentUser.actorName(), null);
        return new IssuedPassword(account.toSummary(clock.instant()), password, expiresAt);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary unlock(Long id) {
        UserAccount account = require(id);
        account.signInSucceeded();
        audit.write(AuditEventType.USER_UNLOCKED, account.getUsername(), CarriesCurrentUser.actorName(), null);
        return account.toSummary(clock.instant());
    }

    /** Ends the user's open sessions and tells the other modules (claimed tasks are released there). */
    private void entitlementsChanged(UserAccount account) {
        account.renewSecurityStamp();
        events.publishEvent(new AccountEntitlementsChanged(account.getId(), account.getUsername()));
    }

    private Instant oneTimePasswordExpiry() {
        return clock.instant().plus(settings.oneTimePasswordValidity());
    }

    private String checkedUsername(String requested) {
        String username = requested == null ? "" : requested.trim();
        if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new AccountValidationException("username", "security.user.usernameInvalid");
        }
        if (accounts.existsByUsername(username)) {
            throw new AccountValidationException("username", "security.user.usernameTaken");
        }
        return username;
    }

    private UserAccount require(Long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountValidationException("id", "security.user.notFound"));
    }

    /**
     * Each scoped role needs its scope; an editor's Party is the Party of their ministry. A civil-society contact
     * holds no other role and their Party is their organisation's, which must be a civil-society organisation
     * (entity type {@value #CIVIL_SOCIETY_TYPE}) of a Party.
     */
    private Scope checkedScope(Set<Role> roles, Scope scope) {
        Scope given = scope == null ? Scope.none() : scope;
        if (roles.contains(Role.CIVIL_SOCIETY)) {
            if (roles.size() > 1) {
                throw new AccountValidationException("roles", "security.user.civilSocietyAlone");
            }
            PartnerOrganisation organisation = referenceData.partnerOrganisation(given.partnerOrganisationId())
                    .orElseThrow(() -> new AccountValidationException("partner", "security.user.organisationRequired"));
            if (!CIVIL_SOCIETY_TYPE.equals(organisation.getEntityType()) || organisation.getPartyId() == null) {
                throw new AccountValidationException("partner", "security.user.civilSocietyOrganisation");
            }
            return Scope.civilSociety(organisation.getId(), organisation.getPartyId());
        }
        Long ministryId = null;
        Long partyId = null;
        Long partnerId = null;
        if (roles.contains(Role.EDITOR)) {
            Ministry ministry = referenceData.ministry(given.ministryId())
                    .orElseThrow(() -> new AccountValidationException("ministry", "security.user.ministryRequired"));
            ministryId = ministry.getId();
            partyId = ministry.getPartyId();
        }
        if (roles.contains(Role.REVIEWER) || roles.contains(Role.EVALUATOR)) {
            Long requested = given.partyId() != null ? given.partyId() : partyId;
            if (requested == null || referenceData.party(requested).isEmpty()) {
                throw new AccountValidationException("party", "security.user.partyRequired");
            }
            if (partyId != null && !Objects.equals(partyId, requested)) {
                throw new AccountValidationException("party", "security.user.partyMismatch");
            }
            partyId = requested;
        }
        if (roles.contains(Role.PARTNER)) {
            partnerId = referenceData.partnerOrganisation(given.partnerOrganisationId()).map(p -> p.getId())
                    .orElseThrow(() -> new AccountValidationException("partner", "security.user.partnerRequired"));
        }
        return new Scope(ministryId, partyId, partnerId);
    }

    /** The entity type (vocabulary ENTITY_TYPE) of a civil-society organisation. */
    public static final String CIVIL_SOCIETY_TYPE = "CIVIL_SOCIETY";

    private String generatePassword() {
        int length = Math.max(16, settings.minPasswordLength());
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return password.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String describe(Set<Role> roles, Scope scope) {
        return "roles=" + roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "[", "]"))
                + " ministry=" + scope.ministryId() + " party=" + scope.partyId()
                + " partner=" + scope.partnerOrganisationId();
    }
}
