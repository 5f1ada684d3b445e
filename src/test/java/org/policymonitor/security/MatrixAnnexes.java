package org.policymonitor.security;

import org.policymonitor.annex.AnnexService;
import org.policymonitor.annex.AnnexTestData;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access matrix's annexes: a file of the sample scope's draft (a new one per call, since removing deletes
 * it) and a file published with the sample published measure.
 */
final class MatrixAnnexes {

    private final AnnexService annexes;
    private final AccountService accounts;
    private final Long sampleDraft;
    private final Long publishedAnnex;

    MatrixAnnexes(AnnexService annexes, AccountService accounts, JdbcTemplate jdbc, Long sampleDraft,
            Long publishedMeasure) {
        this.annexes = annexes;
        this.accounts = accounts;
        this.sampleDraft = sampleDraft;
        this.publishedAnnex = AnnexTestData.publishedAnnexOf(jdbc, publishedMeasure, AnnexTestData.pdf());
    }

    static boolean handles(Class<?> type, String method, String name) {
        return type == byte[].class || method.startsWith("AnnexService.") && name.equals("filename")
                || name.equals("annexid");
    }

    Object value(Class<?> type, String method, String name) {
        if (type == byte[].class) {
            return AnnexTestData.pdf();
        }
        if (name.equals("filename")) {
            return "matrix.pdf";
        }
        return method.equals("AnnexService.publicDownload") ? publishedAnnex : sampleDraftAnnex();
    }

    Long publishedAnnex() {
        return publishedAnnex;
    }

    private Long sampleDraftAnnex() {
        return SignedIn.as(accounts, "m.editor",
                () -> annexes.attachToMeasure(sampleDraft, "matrix.pdf", AnnexTestData.pdf())).id();
    }
}
