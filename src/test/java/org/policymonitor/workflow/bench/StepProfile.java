package org.policymonitor.workflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;

/**
 * Where a lifecycle step's time and SQL go, for {@link LifecycleThroughputBench}: every JDBC statement the
 * application's data source prepares (Hibernate, Flowable's MyBatis, JdbcTemplate, the event publication
 * registry alike) is counted under the step running and the table it names first; every {@code @EventListener}
 * (also {@code @TransactionalEventListener}, meta-annotated) is timed (thread CPU) and its statements counted.
 * Listener figures are inclusive: a listener whose work publishes further events includes their listeners.
 */
final class StepProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update|join)\\s+\"?([a-z_][a-z_0-9]*)");

    /** The step being measured, or null outside the measured steps. */
    static volatile String step;
    static final AtomicLong STATEMENTS = new AtomicLong();
    /** step -> table -> statements */
    static final Map<String, Map<String, AtomicLong>> TABLES = new ConcurrentHashMap<>();
    /** step -> listener -> {calls, CPU ns, statements} */
    static final Map<String, Map<String, long[]>> LISTENERS = new ConcurrentHashMap<>();

    private StepProfile() {
    }

    static void prepared(String sql) {
        STATEMENTS.incrementAndGet();
        String current = step;
        if (current == null) {
            return;
        }
        String table = "(other)";
        if (sql != null) {
            Matcher m = TABLE.matcher(sql.toLowerCase(Locale.ROOT));
            if (m.find()) {
                table = m.group(1).startsWith("act_") ? "act_* (Flowable)" : m.group(1);
            }
        }
        TABLES.computeIfAbsent(current, k -> new ConcurrentHashMap<>()).computeIfAbsent(table, k -> new AtomicLong())
                .incrementAndGet();
    }

    /** Per step: statements per table and the listeners' share, per measure. */
    static String report(int measures) {
        StringBuilder out = new StringBuilder("SQL statements prepared per measure, by step and table (first table named):\n");
        for (Map.Entry<String, Map<String, AtomicLong>> s : new TreeMap<>(TABLES).entrySet()) {
            long total = s.getValue().values().stream().mapToLong(AtomicLong::get).sum();
            out.append(String.format(Locale.ROOT, "  %-40s %6.1f :", s.getKey(), (double) total / measures));
            s.getValue().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                    .forEach(t -> out.append(String.format(Locale.ROOT, " %s %.1f", t.getKey(),
                            (double) t.getValue().get() / measures)));
            out.append('\n');
        }
        out.append("Event listeners per measure, by step (inclusive): calls | thread CPU ms | statements\n");
        for (Map.Entry<String, Map<String, long[]>> s : new TreeMap<>(LISTENERS).entrySet()) {
            out.append("  ").append(s.getKey()).append('\n');
            new TreeMap<>(s.getValue()).forEach((listener, f) -> out.append(String.format(Locale.ROOT,
                    "      %-62s %5.2f | %6.2f | %5.1f%n", listener, (double) f[0] / measures, f[1] / 1e6 / measures,
                    (double) f[2] / measures)));
        }
        return out.toString();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        /** Counts what the pool's connections prepare; the data source keeps its class (CGLIB proxy). */
        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource) || !name.equals("dataSource")) {
                        return bean;
                    }
                    ProxyFactory factory = new ProxyFactory(bean);
                    factory.setProxyTargetClass(true);
                    factory.addAdvice((MethodInterceptor) invocation -> {
                        Object result = invocation.proceed();
                        return result instanceof Connection c && invocation.getMethod().getName().equals("getConnection")
                                ? counting(c) : result;
                    });
                    return factory.getProxy();
                }
            };
        }

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE) // the auto-proxy creator without AspectJ takes only these
        static Advisor listenerTiming() {
            return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, EventListener.class, true),
                    (MethodInterceptor) invocation -> {
                        String current = step;
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        long statements = STATEMENTS.get();
                        try {
                            return invocation.proceed();
                        } finally {
                            if (current != null) {
                                Object[] args = invocation.getArguments();
                                String name = invocation.getThis().getClass().getSimpleName().replaceAll("\\$\\$.*", "")
                                        + "(" + (args.length == 0 ? "" : args[0].getClass().getSimpleName()) + ")";
                                long[] f = LISTENERS.computeIfAbsent(current, k -> new ConcurrentHashMap<>())
                                        .computeIfAbsent(name, k -> new long[3]);
                                synchronized (f) {
                                    f[0]++;
                                    f[1] += THREADS.getCurrentThreadCpuTime() - cpu;
                                    f[2] += STATEMENTS.get() - statements;
                                }
                            }
                        }
                    });
        }
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(StepProfile.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                        prepared((String) args[0]);
                    } else if (name.equals("createStatement")) {
                        prepared(null);
                    } else if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
