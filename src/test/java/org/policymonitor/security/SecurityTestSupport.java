package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in on the test thread, and reads the audit log without going through method security. */
final class SecurityTestSupport {

    private SecurityTestSupport() {
    }

    static void signIn(AccountService accounts, String username) {
        var details = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /** Runs the call as the user, expects the guard's refusal, and returns the one access-denied record it wrote. */
    static SecurityEvent refusedOnce(AccountService accounts, AuditRecordRepository records, String username,
            ThrowingCallable call) {
        int before = audit(records, username, AuditEventType.ACCESS_DENIED).size();
        signIn(accounts, username);
        assertThatThrownBy(call).isInstanceOf(ScopeAccessDeniedException.class);
        List<SecurityEvent> after = audit(records, username, AuditEventType.ACCESS_DENIED);
        assertThat(after).as("access-denied records of " + username).hasSize(before + 1);
        return after.stream().max(Comparator.comparing(SecurityEvent::id)).orElseThrow();
    }

    static List<SecurityEvent> audit(AuditRecordRepository records, String username, AuditEventType type) {
        return records.findAll().stream().map(AuditRecord::toEntry)
                .filter(e -> e.type() == type && username.equals(e.username())).toList();
    }
}
