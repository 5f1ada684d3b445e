package org.policymonitor.annex;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code annex_content}: the bytes of one annex, read only to send the file. */
@Entity
@Table(name = "annex_content")
class AnnexContent {

    @Id
    private Long annexId;
    private byte[] bytes;

    protected AnnexContent() {
    }

    AnnexContent(Long annexId, byte[] bytes) {
        this.annexId = annexId;
        this.bytes = bytes;
    }

    byte[] getBytes() {
        return bytes;
    }
}
