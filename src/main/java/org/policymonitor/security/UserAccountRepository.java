package org.policymonitor.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByEmailIgnoreCase(String email);

    Optional<UserAccount> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = org.policymonitor.security.Role.ADMIN")
    boolean anyAdministrator();

    /**
     * One failed sign-in, counted in the database in one statement: concurrent failures each add one (a
     * read-modify-write in Java would lose some). Not counted while the account is locked. Returns 1 when counted.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.failedSignIns = a.failedSignIns + 1 where a.username = :username"
            + " and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int countFailure(@Param("username") String username, @Param("now") Instant now);

    /** Locks the account once its count reached {@code max}; returns 1 for the failure that locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.lockedUntil = :until, a.failedSignIns = 0 where a.username = :username"
            + " and a.failedSignIns >= :max")
    int lockWhenDue(@Param("username") String username, @Param("max") int max, @Param("until") Instant until);

    /** What every request of a signed-in session is checked against ({@link SessionsFollowAccounts}). */
    @Query("select new org.policymonitor.security.SessionState(a.enabled, a.securityStamp, a.passwordChangeRequired)"
            + " from UserAccount a where a.id = :id")
    Optional<SessionState> sessionState(@Param("id") Long id);
}
