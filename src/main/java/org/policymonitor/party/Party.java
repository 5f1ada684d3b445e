package org.policymonitor.party;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A State (or the European Union) that is Party to the 2005 Convention. */
@Entity
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String isoCode;
    private String name;
    private String regionCode;
    private LocalDate ratificationDate;
    @Version
    private long version;

    protected Party() {
    }

    public Party(String isoCode, String name, String regionCode, LocalDate ratificationDate) {
        this.isoCode = isoCode;
        this.name = name;
        this.regionCode = regionCode;
        this.ratificationDate = ratificationDate;
    }

    public Long getId() {
        return id;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getRatificationDate() {
        return ratificationDate;
    }
}
