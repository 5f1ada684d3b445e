package org.policymonitor.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Failed sign-ins per client address: after {@code address-max-failed-sign-ins} failures within
 * {@code address-window}, that address may not try again (any username) until the window is over. Keeps the
 * per-account lockout from being the only brake on guessing, and one address from locking out account after
 * account. At most {@link #MAX_ADDRESSES} addresses are remembered (least recently seen forgotten first), so
 * anonymous input cannot grow it without bound. Per node; the address is the one the servlet container reports
 * (behind a proxy: {@code server.forward-headers-strategy}).
 */
@Component
class SignInThrottle {

    static final int MAX_ADDRESSES = 10_000;

    private record Window(Instant start, int failures) {
    }

    private final SecuritySettings settings;
    private final Clock clock;
    private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SignInThrottle(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    synchronized void failed(String address) {
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        Window window = windows.get(address);
        windows.put(address, window == null || expired(window, now) ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
    }

    /** How long the address must still wait, or zero when it may try. */
    synchronized Duration waitFor(String address) {
        Window window = address == null ? null : windows.get(address);
        Instant now = clock.instant();
        if (window == null || expired(window, now)) {
            if (window != null) {
                windows.remove(address);
            }
            return Duration.ZERO;
        }
        return window.failures() >= settings.addressMaxFailedSignIns()
                ? Duration.between(now, window.start().plus(settings.addressWindow())) : Duration.ZERO;
    }

    synchronized int size() {
        return windows.size();
    }

    private boolean expired(Window window, Instant now) {
        return !window.start().plus(settings.addressWindow()).isAfter(now);
    }

    /** The form sign-in: refused with a redirect to the sign-in page, which says why. */
    Filter formSignIn(AuditWriter audit) {
        return new Filter(this, audit, request -> "POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())), "/login?throttled");
    }

    /** HTTP Basic (the metrics scraper): refused with 429 Too Many Requests. */
    Filter basicSignIn(AuditWriter audit) {
        return new Filter(this, audit, request -> request.getHeader("Authorization") != null, null);
    }

    /** Refuses a sign-in attempt of a throttled address before the password is even checked. */
    static final class Filter extends OncePerRequestFilter {

        private final SignInThrottle throttle;
        private final AuditWriter audit;
        private final RequestMatcher attempts;
        private final String redirect;

        private Filter(SignInThrottle throttle, AuditWriter audit, RequestMatcher attempts, String redirect) {
            this.throttle = throttle;
            this.audit = audit;
            this.attempts = attempts;
            this.redirect = redirect;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !attempts.matches(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Duration wait = throttle.waitFor(request.getRemoteAddr());
            if (wait.isZero()) {
                chain.doFilter(request, response);
                return;
            }
            String username = request.getParameter("username");
            audit.write(AuditEventType.SIGN_IN_FAILED, username, username,
                    "throttled: too many failed sign-ins from " + request.getRemoteAddr());
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            if (redirect == null) {
                response.setStatus(429);
            } else {
                response.sendRedirect(request.getContextPath() + redirect);
            }
        }
    }
}
