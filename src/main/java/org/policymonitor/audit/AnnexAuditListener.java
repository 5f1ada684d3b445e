package org.policymonitor.audit;

import org.policymonitor.annex.AnnexChanged;
import org.policymonitor.annex.AnnexFile;
import org.policymonitor.annex.AnnexOwner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Files attached to or removed from a measure, as measure changes, in the transaction that made them. */
@Component
class AnnexAuditListener {

    private final AuditTrail trail;

    AnnexAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AnnexChanged event) {
        if (event.owner().kind() != AnnexOwner.Kind.MEASURE) {
            return;
        }
        AnnexFile file = event.file();
        String description = file.fileName() + " (" + file.kind().name() + ", " + file.sizeBytes() + " bytes, sha256 "
                + file.sha256() + ")";
        trail.append(new AuditEntry(null, event.at(), event.actor(), AuditCategory.MEASURE_CHANGE,
                event.attached() ? "ANNEX_ATTACHED" : "ANNEX_REMOVED", event.owner().id(), "annex",
                event.attached() ? null : file.fileName(), event.attached() ? file.fileName() : null, description));
    }
}
