package org.samling.decision.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Decisions;
import org.samling.decision.model.NotificationTemplate;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDecisions implements Decisions {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Decision> of(Long submissionId) {
        return em.createQuery("select d from Decision d where d.submissionId = :s", Decision.class)
                .setParameter("s", submissionId).getResultStream().findFirst();
    }

    @Override
    public List<Decision> ofConference(Long conferenceId) {
        return em.createQuery("select d from Decision d where d.conferenceId = :c order by d.submissionId", Decision.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public Decision add(Decision decision) {
        em.persist(decision);
        return decision;
    }

    @Override
    public List<NotificationTemplate> templatesOf(Long conferenceId) {
        return em.createQuery("select t from NotificationTemplate t where t.conferenceId = :c", NotificationTemplate.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public NotificationTemplate add(NotificationTemplate template) {
        em.persist(template);
        return template;
    }

    @Override
    public void remove(NotificationTemplate template) {
        em.remove(template);
    }
}
