package org.policymonitor.security;

import org.policymonitor.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /**
     * Vaadin's client engine evaluates inline scripts and styles, so script-src needs 'unsafe-inline' and
     * 'unsafe-eval' and style-src 'unsafe-inline'; everything else is held to this origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /**
     * The actuator: the probes are public (load balancers, orchestrators); metrics and info (draft counts, failed
     * sign-ins) need an administrator, signed in in the browser or by HTTP Basic (the Prometheus scraper).
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, UserAccountRepository accounts, SignInThrottle throttle,
            AuditWriter audit) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                // status codes set directly: sendError would dispatch to /error, which the main chain sends to sign-in
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Policy Monitor\"");
                    response.setStatus(401);
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> response.setStatus(403)))
                .addFilterBefore(throttle.basicSignIn(audit), BasicAuthenticationFilter.class)
                .addFilterBefore(new SessionsFollowAccounts(accounts), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, SingleSignOn singleSignOn,
            UserAccountRepository accounts, SignInThrottle throttle, AuditWriter audit) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.addFilterBefore(throttle.formSignIn(audit), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SessionsFollowAccounts(accounts), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Vaadin writes its pages straight to the servlet response, past the hook that adds headers on
                // commit: write them before the request goes on.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        if (settings.oidc().enabled()) {
            // The form stays the sign-in page; it shows a button per provider.
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .failureUrl("/login?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(singleSignOn.userService())));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Delegating encoder: bcrypt today, and older hashes still verify after the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Lets method and request authorization publish denials, which {@link SignInAuditor} logs. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
