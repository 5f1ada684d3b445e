package org.policymonitor;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Spring context with Vaadin security installs its own {@link SecurityContextHolderStrategy} in the
 * JVM-wide {@link SecurityContextHolder}, while {@code @WithUserDetails} signs the user in through the strategy
 * bean of the test's own context. When the suite goes back to a cached context after another one started,
 * code reading the static holder would see nobody signed in. Before each test this puts back the strategy of
 * the context the test runs in (before Spring Security's {@code WithSecurityContextTestExecutionListener}).
 */
public class SecurityStrategyTestListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore(testContext);
    }

    private static void restore(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        SecurityContextHolderStrategy strategy =
                context.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && strategy != SecurityContextHolder.getContextHolderStrategy()) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
