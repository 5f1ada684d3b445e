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

/** A person who signs in, with hashed password, roles and the scope those roles apply to. */
@Entity
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

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; returns true when this failure locks the account. */
    boolean signInFailed(Instant now, int maxFailures, java.time.Duration lockout) {
        if (isLocked(now)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedSignIns = 0;
            return true;
        }
        return false;
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
