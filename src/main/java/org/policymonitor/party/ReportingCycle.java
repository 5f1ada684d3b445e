package org.policymonitor.party;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A four-year reporting cycle, e.g. 2020-2023, and the form version used in it. */
@Entity
public class ReportingCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private int startYear;
    private int endYear;
    private String formVersion;
    @Version
    private long version;

    protected ReportingCycle() {
    }

    public ReportingCycle(int startYear, int endYear, String formVersion) {
        this.code = startYear + "-" + endYear;
        this.startYear = startYear;
        this.endYear = endYear;
        this.formVersion = formVersion;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public String getFormVersion() {
        return formVersion;
    }
}
