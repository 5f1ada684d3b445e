package org.policymonitor.party;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An organisation that can be listed as partner of a measure and confirm its part. */
@Entity
public class PartnerOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String entityType;
    @Version
    private long version;

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(String name, String entityType) {
        this.name = name;
        this.entityType = entityType;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEntityType() {
        return entityType;
    }
}
