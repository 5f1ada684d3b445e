package org.policymonitor.annex;

import java.time.Instant;

/** A file was attached to or removed from a record; published in the transaction that did it (for the audit). */
public record AnnexChanged(AnnexOwner owner, AnnexFile file, boolean attached, String actor, Instant at) {
}
