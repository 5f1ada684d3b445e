package org.policymonitor.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.HandlerHelper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Every request of a signed-in session is checked against the account in the database (one primary-key read):
 * when the account was deactivated, deleted, or its security stamp moved on (roles, scope or password changed by
 * an administrator) since the session signed in, the HTTP session is invalidated at once, with the Vaadin session
 * that lives in it, and the request goes on anonymous: a page goes to sign-in, a Vaadin round trip is told its
 * session expired and the browser reloads into sign-in. The stamp is in the database, so this holds on every node.
 *
 * <p>A user who signed in with a one-time password is sent to {@code /change-password} from any page until they
 * have chosen their own (Vaadin navigation inside the page is rerouted by {@code PasswordChangeNavigation}).
 */
final class SessionsFollowAccounts extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/change-password";
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of(CHANGE_PASSWORD, "/login", "/logout");
    private static final Logger log = LoggerFactory.getLogger(SessionsFollowAccounts.class);

    private final UserAccountRepository accounts;

    SessionsFollowAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return path(request).startsWith("/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CarriesCurrentUser carrier)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SessionState> state = accounts.sessionState(carrier.user().id());
        if (state.isEmpty() || !state.get().enabled() || state.get().securityStamp() != carrier.securityStamp()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            strategy.clearContext();
            log.info("Session of {} ended: the account was deactivated or its rights changed", carrier.user().username());
        } else if (state.get().passwordChangeRequired() && "GET".equals(request.getMethod())
                && !OPEN_WHILE_CHANGING.contains(path(request))
                && !HandlerHelper.isFrameworkInternalRequest("/*", request)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
