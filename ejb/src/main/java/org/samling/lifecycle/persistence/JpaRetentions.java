package org.samling.lifecycle.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.samling.lifecycle.model.RetentionPolicy;
import org.samling.lifecycle.model.Retentions;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRetentions implements Retentions {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RetentionPolicy> of(Long conferenceId) {
        return Optional.ofNullable(em.find(RetentionPolicy.class, conferenceId));
    }

    @Override
    public Optional<RetentionPolicy> lock(Long conferenceId) {
        return Optional.ofNullable(em.find(RetentionPolicy.class, conferenceId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> pending() {
        return em.createQuery("select p.conferenceId from RetentionPolicy p where p.erasedAt is null", Long.class)
                .getResultList();
    }

    @Override
    public void add(RetentionPolicy policy) {
        em.persist(policy);
    }

    @Override
    public void remove(RetentionPolicy policy) {
        em.remove(policy);
    }
}
