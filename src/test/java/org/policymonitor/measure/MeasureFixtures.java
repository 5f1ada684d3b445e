package org.policymonitor.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Content for tests of any module: {@link MeasureService#submit} refuses incomplete measures, so a test that
 * submits needs content that passes {@link Completeness}.
 */
public final class MeasureFixtures {

    private MeasureFixtures() {
    }

    /** A measure with every required and recommended field of the 2020 form filled in. */
    public static MeasureContent complete(String title) {
        return new MeasureContent(title, List.of("Ministry of Culture"), "Grants for first films.",
                "https://film.example.org", "40 films", "65 000", new BigDecimal("65000"),
                List.of(new PartnerRow("Film Guild", "CIVIL_SOCIETY")), Evaluation.NO, null,
                Set.of("GOVERNANCE"), Set.of("CULTURAL_CREATIVE_SECTORS"), Set.of("CINEMA_AUDIOVISUAL"),
                null, null, null, null, null, null, null, YesNo.NO, YesNo.NO, YesNo.YES, Set.of("SDG_08_DECENT_WORK"));
    }
}
