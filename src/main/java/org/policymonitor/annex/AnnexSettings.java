package org.policymonitor.annex;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Size limits checked on the server for every file ({@code policymonitor.annex.max-file-bytes}, default 20 MB)
 * and for all the files of one record together ({@code max-record-bytes}, default 100 MB).
 */
@ConfigurationProperties("policymonitor.annex")
public record AnnexSettings(Long maxFileBytes, Long maxRecordBytes) {

    public AnnexSettings {
        maxFileBytes = maxFileBytes == null ? 20L * 1024 * 1024 : maxFileBytes;
        maxRecordBytes = maxRecordBytes == null ? 100L * 1024 * 1024 : maxRecordBytes;
    }
}
