package org.policymonitor.importer;

/** One row of the partner table; the export may lack the name or the type of entity. */
public record ParsedPartner(String name, String entityTypeCode) {
}
