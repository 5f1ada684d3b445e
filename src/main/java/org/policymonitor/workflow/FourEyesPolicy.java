package org.policymonitor.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-eyes rule of a submission: whoever submitted a measure acts on none of its steps, and whoever
 * approved its review does not sign it off. An administrator may lift the rule for a Party whose team is too
 * small (one person holding every role); each change is published ({@link FourEyesPolicyChanged}) for the audit trail. See docs/workflow.md.
 */
@Service
public class FourEyesPolicy {

    /** Audit trail actions of the administrators' change. */
    static final String ALLOWED_ACTION = "FOUR_EYES_WAIVED";
    static final String REQUIRED_ACTION = "FOUR_EYES_REQUIRED";

    /** A Party's setting as the administrators' page shows it; {@code changedBy} is null if never changed. */
    public record PartySetting(Long partyId, String partyName, boolean samePersonStepsAllowed, String changedBy,
            Instant changedAt) {
    }

    private final PartyWorkflowPolicyRepository policies;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FourEyesPolicy(PartyWorkflowPolicyRepository policies, ReferenceData referenceData, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** May one person do several steps of one submission of this Party's measures? No, unless an administrator said so. */
    @Transactional(readOnly = true)
    boolean samePersonStepsAllowed(Long partyId) {
        return partyId != null && policies.findById(partyId).map(PartyWorkflowPolicy::isSamePersonStepsAllowed)
                .orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PartySetting> settings() {
        Map<Long, PartyWorkflowPolicy> byParty = policies.findAll().stream()
                .collect(Collectors.toMap(PartyWorkflowPolicy::getPartyId, Function.identity()));
        return referenceData.parties().stream().map(party -> setting(party, byParty.get(party.getId()))).toList();
    }

    /** An administrator lets one person do several steps for the Party's measures, or requires four eyes again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PartySetting allowSamePersonSteps(Long partyId, boolean allowed) {
        CurrentUser admin = accounts.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Party party = referenceData.party(partyId).orElseThrow(() -> new NoSuchElementException("No Party " + partyId));
        PartyWorkflowPolicy policy = policies.findById(partyId).orElseGet(() -> new PartyWorkflowPolicy(partyId));
        if (policy.getChangedBy() != null && policy.isSamePersonStepsAllowed() == allowed) {
            return setting(party, policy);
        }
        policy.change(allowed, admin.username(), clock.instant());
        policies.save(policy);
        events.publishEvent(new FourEyesPolicyChanged(admin.username(), partyId, party.getIsoCode(), party.getName(),
                allowed, clock.instant()));
        return setting(party, policy);
    }

    private static PartySetting setting(Party party, PartyWorkflowPolicy policy) {
        return policy == null ? new PartySetting(party.getId(), party.getName(), false, null, null)
                : new PartySetting(party.getId(), party.getName(), policy.isSamePersonStepsAllowed(),
                        policy.getChangedBy(), policy.getChangedAt());
    }
}
