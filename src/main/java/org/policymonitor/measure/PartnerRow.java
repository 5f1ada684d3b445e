package org.policymonitor.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of the partner table; real exports have rows without a name or without a type. */
@Embeddable
public record PartnerRow(
        @Column(name = "name") String name,
        @Column(name = "entity_type") String entityType) {
}
