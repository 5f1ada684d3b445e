package org.policymonitor.security;

import java.io.PrintStream;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The setup step of a new installation: {@code --policymonitor.setup.admin=<username>} creates the first
 * administrator with a one-time password, printed on the console (not in the log, which may be shipped
 * elsewhere), to be replaced at the first sign-in and valid for seven days. Does nothing once any administrator
 * exists, so a forgotten option cannot create a second one. Without the option, a database without an
 * administrator says at every start how to create one.
 */
@Component
class FirstAdministratorSetup implements ApplicationRunner {

    static final String PROPERTY = "policymonitor.setup.admin";
    static final String PASSWORD_LINE = "One-time password: ";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

    private final AccountService accounts;
    private final String username;
    private final PrintStream console;

    @Autowired
    FirstAdministratorSetup(AccountService accounts, @Value("${" + PROPERTY + ":}") String username) {
        this(accounts, username, System.out);
    }

    FirstAdministratorSetup(AccountService accounts, String username, PrintStream console) {
        this.accounts = accounts;
        this.username = username == null ? "" : username.trim();
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty()) {
            if (!accounts.anyAdministrator()) {
                log.warn("No administrator account yet: start once with --{}=<username> to create one;"
                        + " its one-time password is printed on the console", PROPERTY);
            }
            return;
        }
        Optional<IssuedPassword> issued;
        try {
            issued = accounts.createFirstAdministrator(username);
        } catch (AccountValidationException invalid) {
            throw new IllegalStateException(PROPERTY + "=" + username
                    + ": a username has 3 to 100 letters, digits, dots, hyphens, underscores or @, and is not taken");
        }
        if (issued.isEmpty()) {
            log.warn("{} ignored: an administrator exists already (manage users at /admin/users)", PROPERTY);
            return;
        }
        log.warn("Setup: administrator {} created; the one-time password is printed on the console", username);
        console.println();
        console.println("=== Policy Monitor setup: administrator " + username + " created.");
        console.println("=== " + PASSWORD_LINE + issued.get().oneTimePassword());
        console.println("=== Sign in at /login before " + issued.get().expiresAt()
                + " and choose your own password. Remove --" + PROPERTY + " from later starts.");
        console.println();
    }
}
