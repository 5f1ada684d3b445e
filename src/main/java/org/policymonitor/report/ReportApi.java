package org.policymonitor.report;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The accepted periodic reports in the open-data API (read-only, JSON; the catalogue's API security chain covers
 * {@code /api/**}: GET and HEAD only, no session, CORS for any origin). Drafts, submitted and returned reports are
 * not public: their ids answer 404 like ids that do not exist.
 */
@RestController
@RequestMapping(value = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "reports", description = "Accepted quadrennial periodic reports of the Parties")
class ReportApi {

    @Schema(description = "A Party's accepted periodic report for one reporting cycle")
    record ReportView(
            @Schema(description = "Id of the report", example = "7") Long id,
            @Schema(description = "ISO 3166 code of the Party", example = "MN") String party,
            @Schema(description = "Name of the Party", example = "Mongolia") String partyName,
            @Schema(description = "Reporting cycle", example = "2020-2023") String cycle,
            @Schema(description = "Language the report is written in: en, fr or es", example = "en") String language,
            @Schema(description = "When the Secretariat accepted it") Instant acceptedAt,
            @Schema(description = "The officially designated contact and the report's own sections") ReportContent content,
            @Schema(description = "The measures the report contains; each is at /api/v1/measures/{id}") List<MeasureRef> measures,
            @Schema(description = "Path of the report as PDF") String pdf) {
    }

    @Schema(description = "A measure contained in a report")
    record MeasureRef(
            @Schema(description = "Id of the measure (its published record: /api/v1/measures/{id})") Long id,
            @Schema(description = "Title of the measure") String title,
            @Schema(description = "Reported by civil society (the report's civil-society section)") boolean civilSociety) {
    }

    private final PeriodicReports reports;

    ReportApi(PeriodicReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Every accepted periodic report, newest first")
    @GetMapping("/reports")
    List<ReportView> reports() {
        return reports.accepted().stream().map(ReportApi::view).toList();
    }

    @Operation(summary = "One accepted periodic report with its sections and measures")
    @GetMapping("/reports/{reportId}")
    ReportView report(@Parameter(description = "Id of the report", example = "7") @PathVariable Long reportId) {
        return reports.acceptedReport(reportId).map(ReportApi::view).orElseThrow(() -> notFound(reportId));
    }

    @Operation(summary = "An accepted periodic report as PDF, laid out like the form, in the report's language")
    @GetMapping(value = "/reports/{reportId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@Parameter(description = "Id of the report", example = "7") @PathVariable Long reportId) {
        byte[] pdf = reports.acceptedDocument(reportId).orElseThrow(() -> notFound(reportId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"periodic-report-" + reportId + ".pdf\"")
                .body(pdf);
    }

    static ReportView view(ReportDetails details) {
        PeriodicReport report = details.report();
        return new ReportView(report.getId(), details.party().getIsoCode(), details.party().getName(),
                details.cycle().getCode(), report.getLanguage(), report.acceptedAt().orElse(null), report.content(),
                details.included().stream().map(m -> new MeasureRef(m.id(), m.title(), m.civilSociety())).toList(),
                "/api/v1/reports/" + report.getId() + "/pdf");
    }

    private static ResponseStatusException notFound(Long reportId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No accepted report " + reportId);
    }
}
