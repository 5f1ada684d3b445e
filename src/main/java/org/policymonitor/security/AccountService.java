package org.policymonitor.security;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts in the database, and who is signed in. */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new PolicyMonitorUserDetails(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    public CurrentUser createUser(String username, String displayName, String email, String rawPassword,
            Set<Role> roles, Scope scope) {
        if (accounts.existsByUsername(username)) {
            throw new IllegalArgumentException("Username already taken: " + username);
        }
        UserAccount account = accounts.save(new UserAccount(username, displayName, email,
                passwordEncoder.encode(rawPassword), roles, scope));
        return account.toCurrentUser();
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
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PolicyMonitorUserDetails details)) {
            return Optional.empty();
        }
        return Optional.of(details.user());
    }

    public void rememberLanguage(String username, String languageTag) {
        accounts.findByUsername(username).ifPresent(account -> account.setPreferredLanguage(languageTag));
    }
}
