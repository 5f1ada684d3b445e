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
    /** The Party whose measures may list it; null: any Party (international organisations). */
    private Long partyId;
    @Version
    private long version;

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(String name, String entityType) {
        this.name = name;
        this.entityType = entityType;
    }

    public PartnerOrganisation(String name, String entityType, Long partyId) {
        this(name, entityType);
        this.partyId = partyId;
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

    public Long getPartyId() {
        return partyId;
    }

    /** May measures of the Party list it? */
    public boolean availableTo(Long partyId) {
        return this.partyId == null || this.partyId.equals(partyId);
    }
}
