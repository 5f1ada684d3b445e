package org.policymonitor.notification;

import java.util.List;
import java.util.Optional;

import org.policymonitor.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-up of enabled users by role and scope, straight from the account tables: the security
 * module offers no such query, and recipients of a notification are "the reviewers of Party 12", not one
 * known user.
 */
@Component
@Transactional(readOnly = true)
public class UserDirectory {

    private static final String SELECT = "select distinct u.username, u.display_name, u.email, u.preferred_language "
            + "from user_account u join user_role r on r.user_id = u.id where u.enabled = true and r.role = ?";
    private static final RowMapper<Recipient> ROW = (rs, n) -> new Recipient(rs.getString("username"),
            rs.getString("display_name"), rs.getString("email"), rs.getString("preferred_language"));

    private final JdbcTemplate jdbc;

    UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Users holding {@code role} for a Party (reviewers, evaluators). */
    public List<Recipient> ofParty(Role role, Long partyId) {
        return partyId == null ? List.of()
                : jdbc.query(SELECT + " and u.party_id = ? order by u.username", ROW, role.name(), partyId);
    }

    /** Editors (or another role) of a ministry. */
    public List<Recipient> ofMinistry(Role role, Long ministryId) {
        return ministryId == null ? List.of()
                : jdbc.query(SELECT + " and u.ministry_id = ? order by u.username", ROW, role.name(), ministryId);
    }

    /** Contacts of a partner organisation. */
    public List<Recipient> ofPartnerOrganisation(Long organisationId) {
        return organisationId == null ? List.of()
                : jdbc.query(SELECT + " and u.partner_organisation_id = ? order by u.username", ROW, Role.PARTNER.name(),
                        organisationId);
    }

    public Optional<Recipient> user(String username) {
        return jdbc.query("select username, display_name, email, preferred_language from user_account "
                + "where username = ? and enabled = true", ROW, username).stream().findFirst();
    }
}
