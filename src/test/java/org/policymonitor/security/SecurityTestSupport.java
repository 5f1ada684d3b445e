package org.policymonitor.security;

import java.util.List;

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

    static List<SecurityEvent> audit(AuditRecordRepository records, String username, AuditEventType type) {
        return records.findAll().stream().map(AuditRecord::toEntry)
                .filter(e -> e.type() == type && username.equals(e.username())).toList();
    }
}
