package org.policymonitor.annex;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Row of {@code annex}: one attached file's description; only its publication mark changes. Removing deletes the row. */
@Entity
class Annex {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private AnnexOwner.Kind ownerKind;
    private Long ownerId;
    private String fileName;
    @Enumerated(EnumType.STRING)
    private FileKind fileKind;
    private long sizeBytes;
    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;
    private Integer publicSince;

    protected Annex() {
    }

    Annex(AnnexOwner owner, String fileName, FileKind fileKind, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        this.fileName = fileName;
        this.fileKind = fileKind;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    AnnexOwner owner() {
        return new AnnexOwner(ownerKind, ownerId);
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    /** Public from now on: the record was published with this file (a later revision keeps it public). */
    void publishWith(int publicationNo) {
        if (publicSince == null) {
            publicSince = publicationNo;
        }
    }

    boolean isPublished() {
        return publicSince != null;
    }

    AnnexFile describe() {
        return new AnnexFile(id, fileName, fileKind, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
