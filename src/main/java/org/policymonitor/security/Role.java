package org.policymonitor.security;

/** What a user may do. A user can hold several roles; the scoped ones read the user's scope. */
public enum Role {
    /** Drafts the measures of one ministry (scope: ministry). */
    EDITOR,
    /** Reviews the measures of one Party (scope: Party). */
    REVIEWER,
    /** Confirms the partnership of one organisation (scope: partner organisation). */
    PARTNER,
    /** Signs off evaluation statements of one Party (scope: Party). */
    EVALUATOR,
    /** Drafts the civil-society contributions of one organisation of type CSO (scope: organisation and its Party). */
    CIVIL_SOCIETY,
    /** Secretariat: manages Parties, ministries, users and cycles. */
    ADMIN;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String EDITOR = "EDITOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String PARTNER = "PARTNER";
        public static final String EVALUATOR = "EVALUATOR";
        public static final String CIVIL_SOCIETY = "CIVIL_SOCIETY";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
