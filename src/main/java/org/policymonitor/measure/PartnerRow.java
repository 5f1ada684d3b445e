package org.policymonitor.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One row of the partner table; real exports have rows without a name or without a type.
 *
 * @param organisationId the registered partner organisation the row refers to; null: the organisation is not
 *        registered (its reviewers confirm on its behalf). Code that only knows a name (importer, API) leaves it
 *        null, and the workflow matches the name against the registered organisations (see docs/workflow.md).
 */
@Embeddable
public record PartnerRow(
        @Column(name = "name") String name,
        @Column(name = "entity_type") String entityType,
        @Column(name = "partner_organisation_id") Long organisationId) {

    /** A row known by name only. */
    public PartnerRow(String name, String entityType) {
        this(name, entityType, null);
    }

    public boolean registered() {
        return organisationId != null;
    }
}
