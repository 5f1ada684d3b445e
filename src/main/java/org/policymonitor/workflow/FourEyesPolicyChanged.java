package org.policymonitor.workflow;

import java.time.Instant;

/**
 * An administrator let one person do several steps for a Party's measures ({@code samePersonStepsAllowed}) or
 * required four eyes again. Published in the transaction of the change; the audit trail records it there.
 */
public record FourEyesPolicyChanged(String actor, Long partyId, String partyIsoCode, String partyName,
        boolean samePersonStepsAllowed, Instant at) {

    /** The audit trail's action name. */
    public String action() {
        return samePersonStepsAllowed ? FourEyesPolicy.ALLOWED_ACTION : FourEyesPolicy.REQUIRED_ACTION;
    }
}
