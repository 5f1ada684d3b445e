package org.policymonitor.annex;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file already published with a measure, for tests that need one without walking a measure through the
 * workflow (the access matrix): stored as a publication leaves it.
 */
public final class AnnexTestData {

    private AnnexTestData() {
    }

    public static Long publishedAnnexOf(JdbcTemplate jdbc, Long publishedMeasureId, byte[] pdf) {
        jdbc.update("insert into annex (owner_kind, owner_id, file_name, file_kind, size_bytes, sha256, uploaded_by, "
                + "uploaded_at, public_since) values ('MEASURE', ?, 'published.pdf', 'PDF', ?, ?, 'test', ?, 1)",
                publishedMeasureId, pdf.length, AnnexService.sha256(pdf), java.sql.Timestamp.from(Instant.now()));
        Long id = jdbc.queryForObject("select max(id) from annex", Long.class);
        jdbc.update("insert into annex_content (annex_id, bytes) values (?, ?)", id, pdf);
        return id;
    }

    /** The service as the application has it, with other size limits (tests of "too large" without megabytes of data). */
    public static AnnexService withLimits(org.springframework.context.ApplicationContext context, AnnexSettings limits) {
        return new AnnexService(context.getBean(AnnexRepository.class), context.getBean(AnnexContentRepository.class),
                context.getBean(org.policymonitor.measure.MeasureService.class),
                context.getBean(org.policymonitor.security.ScopeGuard.class), limits, context,
                context.getBean(java.time.Clock.class));
    }

    public static byte[] pdf() {
        return AnnexServiceTest.PDF.clone();
    }
}
