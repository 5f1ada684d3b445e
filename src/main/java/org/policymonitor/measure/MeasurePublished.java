package org.policymonitor.measure;

/** Published in the publishing transaction when a new published version of a measure is recorded. */
public record MeasurePublished(PublishedMeasure publication) {
}
