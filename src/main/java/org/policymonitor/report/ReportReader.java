package org.policymonitor.report;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureListing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.springframework.stereotype.Component;

/** Puts a report together with its Party, cycle and the Party's measures of the cycle (through the measure API). */
@Component
class ReportReader {

    private final MeasureListing listing;
    private final MeasureService measures;
    private final ReferenceData referenceData;

    ReportReader(MeasureListing listing, MeasureService measures, ReferenceData referenceData) {
        this.listing = listing;
        this.measures = measures;
        this.referenceData = referenceData;
    }

    ReportDetails details(PeriodicReport report) {
        List<ReportMeasure> candidates = listing.inStatuses(EnumSet.complementOf(EnumSet.of(MeasureStatus.WITHDRAWN)),
                report.getPartyId(), null, report.getCycleId()).stream()
                .sorted(Comparator.comparing(MeasureListing.Listed::title, String.CASE_INSENSITIVE_ORDER))
                .map(m -> new ReportMeasure(m.id(), m.title(), m.status(), measures.isPublished(m.id()),
                        measures.find(m.id()).map(Measure::isReportedByCivilSociety).orElse(false),
                        report.measureIds().contains(m.id()), report.decisionOn(m.id()).orElse(null)))
                .toList();
        return new ReportDetails(report, referenceData.party(report.getPartyId()).orElseThrow(),
                referenceData.cycle(report.getCycleId()).orElseThrow(), candidates,
                Completeness.of(report.content(), candidates));
    }
}
