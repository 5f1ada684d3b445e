package org.policymonitor.measure;

import java.util.List;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManagerFactory;

/**
 * Publishes {@link MeasureChangesWritten} whenever Hibernate inserts or updates a {@link Measure}, with the
 * changes the aggregate recorded. Hooked into Hibernate rather than into the service methods, so a change
 * reaches its listeners whichever method made it, through the Spring proxy or not, saved explicitly or
 * flushed by dirty checking.
 */
@Component
class MeasureWriteEvents implements PostInsertEventListener, PostUpdateEventListener {

    private final ApplicationEventPublisher events;

    MeasureWriteEvents(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events) {
        this.events = events;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        publish(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        publish(event.getEntity());
    }

    private void publish(Object entity) {
        if (entity instanceof Measure measure) {
            List<MeasureChange> changes = measure.takeUnwrittenChanges();
            if (!changes.isEmpty()) {
                events.publishEvent(new MeasureChangesWritten(measure.getId(), changes));
            }
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
