package org.policymonitor.production;

import java.util.List;

import org.aopalliance.intercept.MethodInterceptor;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.notification.UserDirectory;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * Main class of the child JVM of {@link NotificationRegistryKillTest}: the reviewer returns a submitted measure,
 * the transaction commits, and the after-commit notification listener then hangs while it looks up the
 * ministry's editors (a wrapped {@link UserDirectory}), before it wrote anything. The test kills the JVM there.
 */
public final class NotificationKillDriver {

    static final String BLOCKED = "KILL BLOCKED";

    private NotificationKillDriver() {
    }

    public static void main(String[] args) {
        AppDriver app = new AppDriver(new SpringApplicationBuilder(PolicyMonitorApplication.class,
                HangingDirectory.class).run(args));
        Long id = app.draft(NotificationRegistryKillTest.TITLE, List.of());
        app.submit(id);
        print("KILL MEASURE " + id);
        app.decide("reviewer", app.task("reviewer", id, WorkflowStep.REVIEW).orElseThrow(), Decision.RETURN,
                NotificationRegistryKillTest.REASON);
        print("KILL NOT BLOCKED"); // the listener ran to its end: the test fails
    }

    /** Not a {@code @Configuration}: component scanning in other tests' applications must not find it. */
    static class HangingDirectory {

        @Bean
        static BeanPostProcessor hangOnEditorLookup() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof UserDirectory)) {
                        return bean;
                    }
                    ProxyFactory proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice((MethodInterceptor) call -> {
                        if (call.getMethod().getName().equals("ofMinistry")) {
                            print(BLOCKED);
                            Thread.sleep(Long.MAX_VALUE);
                        }
                        return call.proceed();
                    });
                    return proxy.getProxy();
                }
            };
        }
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
