package org.policymonitor.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A person who signs in, with hashed password, roles and the scope those roles apply to. Dynamic updates: the
 * failed sign-in count is raised by a single UPDATE of its own ({@link UserAccountRepository#countFailure}),
 * which a concurrent save of other columns must not write back.
 */
@Entity
@DynamicUpdate
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean enabled = true;
    private String preferredLanguage = "en";
    private Long ministryId;
    private Long partyId;
    private Long partnerOrganisationId;
    private int failedSignIns;
    private Instant lockedUntil;
    private long securityStamp;
    private boolean passwordChangeRequired;
    private Instant passwordExpiresAt;
    private String oidcIssuer;
    private String oidcSubject;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles, Scope scope) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        assignScope(scope);
    }

    void assignScope(Scope scope) {
        this.ministryId = scope.ministryId();
        this.partyId = scope.partyId();
        this.partnerOrganisationId = scope.partnerOrganisationId();
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                new Scope(ministryId, partyId, partnerOrganisationId), preferredLanguage);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    int getFailedSignIns() {
        return failedSignIns;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void describe(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password the user chose: no change required, no expiry. */
    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
        this.passwordExpiresAt = null;
    }

    /** A one-time password: to be replaced at the first sign-in, and refused after {@code expiresAt}. */
    void issueOneTimePassword(String passwordHash, Instant expiresAt) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
        this.passwordExpiresAt = expiresAt;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    boolean isPasswordExpired(Instant now) {
        return passwordExpiresAt != null && !passwordExpiresAt.isAfter(now);
    }

    /** Ends every session signed in before now (see {@link SessionsFollowAccounts}). */
    void renewSecurityStamp() {
        securityStamp++;
    }

    long getSecurityStamp() {
        return securityStamp;
    }

    void linkIdentity(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    String getOidcIssuer() {
        return oidcIssuer;
    }

    String getOidcSubject() {
        return oidcSubject;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void signInSucceeded() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    UserSummary toSummary(Instant now) {
        return new UserSummary(id, username, displayName, email, getRoles(),
                new Scope(ministryId, partyId, partnerOrganisationId), enabled, isLocked(now) ? lockedUntil : null,
                failedSignIns);
    }
}
