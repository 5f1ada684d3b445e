package org.policymonitor.audit;

import java.time.Clock;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.NameMatchMethodPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field-level audit of measure content. The measure module publishes no event for content saves, so this
 * wraps {@link MeasureService#createDraft} and {@link MeasureService#saveContent}: the content before the
 * call is compared with the saved measure's content, and each differing field becomes an audit entry. The
 * advisor is an infrastructure bean so the proxy creator Spring already has (for transactions) applies it;
 * it runs outside the service's transaction, after the save committed, so a rejected save leaves no entry.
 */
@Configuration(proxyBeanMethods = false)
class MeasureChangeAudit {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor measureContentAuditAdvisor(ObjectProvider<AuditTrail> trail, ObjectProvider<MeasureService> measures,
            ObjectProvider<Clock> clock, ObjectProvider<PlatformTransactionManager> transactions) {
        NameMatchMethodPointcut pointcut = new NameMatchMethodPointcut();
        pointcut.setMappedNames("createDraft", "saveContent");
        pointcut.setClassFilter(MeasureService.class::isAssignableFrom);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut,
                new ContentInterceptor(trail, measures, clock, transactions));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private record ContentInterceptor(ObjectProvider<AuditTrail> trail, ObjectProvider<MeasureService> measures,
            ObjectProvider<Clock> clock, ObjectProvider<PlatformTransactionManager> transactions)
            implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Object[] args = invocation.getArguments();
            boolean creating = invocation.getMethod().getName().equals("createDraft");
            MeasureContent before = null;
            if (!creating) {
                // Read in a transaction: the content's collections are loaded lazily.
                TransactionTemplate read = new TransactionTemplate(transactions.getObject());
                read.setReadOnly(true);
                before = read.execute(status -> measures.getObject().find((Long) args[0]).map(Measure::content)
                        .orElse(null));
            }
            Object result = invocation.proceed();
            if (result instanceof Measure saved) {
                String actor = (String) args[creating ? 5 : 3];
                AuditTrail audit = trail.getObject();
                if (creating) {
                    audit.append(new AuditEntry(null, clock.getObject().instant(), actor, AuditCategory.MEASURE_CHANGE,
                            "CREATED", saved.getId(), null, null, saved.getTitle(), null));
                }
                for (MeasureFieldDiff.Change change : MeasureFieldDiff.between(before, saved.content())) {
                    audit.append(new AuditEntry(null, clock.getObject().instant(), actor, AuditCategory.MEASURE_CHANGE,
                            "FIELD_CHANGED", saved.getId(), change.field(), change.oldValue(), change.newValue(), null));
                }
            }
            return result;
        }
    }
}
