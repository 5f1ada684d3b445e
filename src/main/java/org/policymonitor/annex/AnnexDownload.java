package org.policymonitor.annex;

/** One file to send: its description and its bytes. */
public record AnnexDownload(AnnexFile file, byte[] bytes) {
}
