package org.samling.search.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.search.model.ReindexRun;

import java.time.Clock;
import java.util.Optional;

/** The reindex job's row, each step committed on its own so that every node sees the progress at once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReindexRuns {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public Long create(Long startedBy) {
        ReindexRun r = new ReindexRun(startedBy, clock.instant());
        em.persist(r);
        em.flush();
        return r.getId();
    }

    public void start(Long id, long total) {
        em.find(ReindexRun.class, id).start(total);
    }

    public void progress(Long id, long done, long total) {
        em.find(ReindexRun.class, id).progress(done, total);
    }

    public void finish(Long id, String error) {
        em.find(ReindexRun.class, id).finish(clock.instant(), error);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReindexRun> byId(Long id) {
        return Optional.ofNullable(em.find(ReindexRun.class, id));
    }

    /** The latest run, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReindexRun> latest() {
        return em.createQuery("select r from ReindexRun r order by r.id desc", ReindexRun.class).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
