package org.policymonitor.tracking;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.policymonitor.testsupport.MutableClock;
import org.policymonitor.IntegrationTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with a {@link MutableClock} and mail to a local GreenMail SMTP server on a free port
 * chosen once per test JVM ({@link TestMailPort}; tests that assert mail start it there), so two builds on one
 * machine never collide. Shared by the tracking, notification and audit tests: one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(TrackingIntegrationTest.ClockConfiguration.class)
@ContextConfiguration(initializers = TestMailPort.Initializer.class)
@TestPropertySource(properties = {"spring.mail.host=localhost",
    "policymonitor.notification.from=policy-monitor@example.org", "policymonitor.tracking.stage-limit=P30D"})
public @interface TrackingIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class ClockConfiguration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
