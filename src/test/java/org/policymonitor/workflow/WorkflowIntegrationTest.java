package org.policymonitor.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.policymonitor.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link IntegrationTest} in an application context of the workflow tests' own (the property makes the
 * context cache key differ): these tests submit and publish measures, and other modules' tests count what
 * the demo data published.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "policymonitor.workflow.partner-reminder=P7D")
public @interface WorkflowIntegrationTest {
}
