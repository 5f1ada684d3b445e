package org.policymonitor.workflow;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManagerFactory;

/**
 * Publishes {@link WorkflowStepRecorded} for every row written to the step log, without touching the code
 * that writes it. Runs during the insert: listeners must not use the JPA session (JDBC is fine).
 */
@Component
class StepLogEvents implements PostInsertEventListener {

    private final ApplicationEventPublisher events;

    StepLogEvents(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events) {
        this.events = events;
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class).appendListeners(EventType.POST_INSERT, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof StepLog log) {
            events.publishEvent(new WorkflowStepRecorded(log.toEntry()));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
