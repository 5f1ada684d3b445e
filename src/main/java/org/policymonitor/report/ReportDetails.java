package org.policymonitor.report;

import java.util.List;
import java.util.Map;

import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;

/**
 * A report with what its pages show: the Party and cycle, the Party's measures of the cycle as the report sees
 * them (chosen or not, civil-society contributions apart) and what each section still lacks.
 */
public record ReportDetails(PeriodicReport report, Party party, ReportingCycle cycle, List<ReportMeasure> measures,
        Map<ReportSection, List<Missing>> missing) {

    public boolean isComplete() {
        return Completeness.isComplete(missing);
    }

    /** The Party's own measures (not reported by civil society). */
    public List<ReportMeasure> governmentMeasures() {
        return measures.stream().filter(m -> !m.civilSociety()).toList();
    }

    public List<ReportMeasure> contributions() {
        return measures.stream().filter(ReportMeasure::civilSociety).toList();
    }

    public List<ReportMeasure> included() {
        return measures.stream().filter(ReportMeasure::included).toList();
    }

    /** "Mongolia 2020-2023", as the process, notifications and audit name it. */
    public String label() {
        return party.getName() + " " + cycle.getCode();
    }
}
