package org.policymonitor.annex;

import org.policymonitor.measure.MeasurePublished;
import org.policymonitor.measure.PublishedMeasure;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In the publishing transaction: the files a measure has when a version is published become public with it. */
@Component
class AnnexPublication {

    private final AnnexRepository annexes;

    AnnexPublication(AnnexRepository annexes) {
        this.annexes = annexes;
    }

    @EventListener
    void on(MeasurePublished event) {
        PublishedMeasure publication = event.publication();
        annexes.findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(AnnexOwner.Kind.MEASURE, publication.measureId())
                .forEach(annex -> annex.publishWith(publication.publicationNo()));
    }
}
