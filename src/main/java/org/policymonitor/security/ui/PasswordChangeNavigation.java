package org.policymonitor.security.ui;

import org.policymonitor.security.AccountService;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Keeps a user who still has a one-time password on {@link ChangePasswordView}: every navigation to another
 * view (menu, link, typed URL inside the running app) is rerouted there. Full page loads are redirected by the
 * security filter ({@code SessionsFollowAccounts}).
 */
@Component
class PasswordChangeNavigation implements VaadinServiceInitListener {

    private final AccountService accounts;

    PasswordChangeNavigation(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && accounts.mustChangePassword()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
