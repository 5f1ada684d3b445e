package org.policymonitor.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.aopalliance.intercept.MethodInvocation;

/**
 * Listens to Spring Security's events: counts failed sign-ins and locks the account after
 * {@code policymonitor.security.max-failed-sign-ins} for {@code lockout-duration}, resets the count on success,
 * and writes the audit records for sign-ins, failures, lockouts and service calls refused by method security.
 */
@Component
class SignInAuditor {

    private final UserAccountRepository accounts;
    private final AuditWriter audit;
    private final SecuritySettings settings;
    private final Clock clock;
    private final SignInThrottle throttle;

    SignInAuditor(UserAccountRepository accounts, AuditWriter audit, SecuritySettings settings, Clock clock,
            SignInThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String user = accounts.findByUsername(localUsername(event.getAuthentication())).map(account -> {
            account.signInSucceeded();
            return account.getUsername();
        }).orElse(username);
        audit.write(AuditEventType.SIGN_IN, user, user, event.getAuthentication().getClass().getSimpleName());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        throttle.failed(clientAddress(event.getAuthentication()));
        Instant now = clock.instant();
        if (accounts.countFailure(username, now) == 0) {
            audit.write(AuditEventType.SIGN_IN_FAILED, username, username,
                    accounts.existsByUsername(username) ? "bad credentials while locked" : "unknown user");
            return;
        }
        audit.write(AuditEventType.SIGN_IN_FAILED, username, username, "bad credentials");
        Instant until = now.plus(settings.lockoutDuration());
        if (accounts.lockWhenDue(username, settings.maxFailedSignIns(), until) > 0) {
            audit.write(AuditEventType.LOCKED_OUT, username, username,
                    "locked until " + until + " after " + settings.maxFailedSignIns() + " failed sign-ins");
        }
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return;
        }
        String username = event.getAuthentication().getName();
        audit.write(AuditEventType.SIGN_IN_FAILED, username, username,
                event.getException().getClass().getSimpleName());
    }

    /** Service calls refused by {@code @PreAuthorize}/{@code @RolesAllowed}; anonymous page hits are not logged. */
    @EventListener
    public void onAuthorizationDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (!(event.getSource() instanceof MethodInvocation invocation)) {
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
                return;
            }
            audit.write(AuditEventType.ACCESS_DENIED, authentication.getName(), authentication.getName(),
                    "request " + (event.getSource() instanceof jakarta.servlet.http.HttpServletRequest request
                            ? request.getMethod() + " " + request.getRequestURI() : event.getSource()));
            return;
        }
        String actor = authentication == null ? "system"
                : authentication instanceof AnonymousAuthenticationToken ? "anonymous" : authentication.getName();
        audit.write(AuditEventType.ACCESS_DENIED, actor, actor, "service "
                + invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** A single sign-on principal is matched to the local account of the same name. */
    private static String localUsername(Authentication authentication) {
        return authentication.getPrincipal() instanceof CarriesCurrentUser carrier ? carrier.user().username()
                : authentication.getName();
    }
}
