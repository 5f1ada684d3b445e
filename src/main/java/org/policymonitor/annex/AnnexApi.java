package org.policymonitor.annex;

import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The files of published measures, in the open-data API (the same rule as the public page: docs/annexes.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "annexes", description = "Files attached to published measures")
class AnnexApi {

    private final AnnexService annexes;

    AnnexApi(AnnexService annexes) {
        this.annexes = annexes;
    }

    @Operation(summary = "The files published with a measure (empty before its publication)")
    @GetMapping("/measures/{measureId}/annexes")
    List<AnnexFile> ofMeasure(@Parameter(description = "Id of the measure", example = "1") @PathVariable Long measureId) {
        return annexes.publicOfMeasure(measureId);
    }

    @Operation(summary = "Download one published file",
            description = "Sent as an attachment with the media type found in its content, never displayed inline.")
    @GetMapping("/annexes/{annexId}")
    ResponseEntity<?> download(@Parameter(description = "Id of the file", example = "1") @PathVariable Long annexId) {
        return annexes.publicDownload(annexId)
                .<ResponseEntity<?>>map(d -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(d.file().kind().mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(d.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "sandbox")
                        .body(d.bytes()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("error", "No published file " + annexId)));
    }
}
