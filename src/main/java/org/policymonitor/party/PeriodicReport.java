package org.policymonitor.party;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A Party's quadrennial periodic report for one cycle: the report-level data around its measures. */
@Entity
public class PeriodicReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partyId;
    private Long cycleId;
    private String contactTitle;
    private String contactAddress;
    private String contactPhone;
    private String contactEmail;
    private String consultationDescription;
    private LocalDate dueDate;
    @Version
    private long version;

    protected PeriodicReport() {
    }

    public PeriodicReport(Long partyId, Long cycleId, LocalDate dueDate) {
        this.partyId = partyId;
        this.cycleId = cycleId;
        this.dueDate = dueDate;
    }

    public void designateContact(String title, String address, String phone, String email) {
        this.contactTitle = title;
        this.contactAddress = address;
        this.contactPhone = phone;
        this.contactEmail = email;
    }

    public void changeDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public void describeConsultation(String description) {
        this.consultationDescription = description;
    }

    public Long getId() {
        return id;
    }

    public Long getPartyId() {
        return partyId;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public String getContactTitle() {
        return contactTitle;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getConsultationDescription() {
        return consultationDescription;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
