package org.policymonitor.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code policymonitor.tracking.*}.
 *
 * @param stageLimit a measure that stays longer than this in a stage other than published is overdue
 *        (ISO-8601, default {@code P30D})
 */
@ConfigurationProperties("policymonitor.tracking")
record TrackingProperties(Duration stageLimit) {

    TrackingProperties {
        stageLimit = stageLimit == null ? Duration.ofDays(30) : stageLimit;
    }
}
