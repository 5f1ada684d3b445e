package org.policymonitor.party;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A ministry or public agency of a Party whose staff draft measures. */
@Entity
public class Ministry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partyId;
    private String name;
    @Version
    private long version;

    protected Ministry() {
    }

    public Ministry(Long partyId, String name) {
        this.partyId = partyId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getPartyId() {
        return partyId;
    }

    public String getName() {
        return name;
    }
}
