package org.policymonitor.security;

/** A user and the one-time password an administrator hands over (invitation or reset); shown once, never stored. */
public record IssuedPassword(UserSummary user, String oneTimePassword) {

    @Override
    public String toString() {
        return "IssuedPassword[" + user.username() + "]";
    }
}
