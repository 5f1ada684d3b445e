package org.policymonitor.importer;

/** One uploaded or read file: a text export, a CSV in the export layout, or a zip of those. */
public record ImportFile(String name, byte[] content) {
}
