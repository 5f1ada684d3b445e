package org.policymonitor.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.policymonitor.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** {@link IntegrationTest} in a context of the report tests' own: they add cycles and published measures. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "policymonitor.test.context=report")
public @interface ReportIntegrationTest {
}
