package org.policymonitor.annex;

import java.time.Instant;

/** What a list of annexes shows about one file (never its bytes). */
public record AnnexFile(Long id, String fileName, FileKind kind, long sizeBytes, String sha256, String uploadedBy,
        Instant uploadedAt) {
}
