package org.samling.search.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.samling.search.persistence.SearchEngine;
import org.samling.submission.model.Submission;

import java.util.List;
import java.util.logging.Logger;

/**
 * The outbox of changes waiting to be indexed in OpenSearch (Hibernate Search's outbox-polling
 * table). Hibernate Search tries a change three times, then marks it ABORTED and leaves it: after
 * an outage longer than that, those documents would be stale for good. Once the engine answers
 * again, they are indexed anew from the database and the abandoned rows removed.
 */
@Stateless
public class SearchOutbox {

    private static final Logger LOG = Logger.getLogger(SearchOutbox.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    SearchEngine engine;

    /** Changes Hibernate Search gave up on (tried three times while the engine was away), not yet queued again. */
    public long abandoned() {
        return ((Number) em.createNativeQuery("select count(*) from hsearch_outbox_event where status = 'ABORTED'")
                .getSingleResult()).longValue();
    }

    /** Re-indexes what the outbox gave up on, if anything and if the engine answers; how many submissions. */
    public int requeueAbandoned() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, entityId from hsearch_outbox_event where status = 'ABORTED' and entityName = 'Submission'")
                .setMaxResults(500).getResultList();
        if (rows.isEmpty() || !engine.createIndexIfMissing()) {
            return 0;
        }
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        for (Object[] row : rows) {
            Long id = Long.valueOf(row[1].toString());
            Submission s = em.find(Submission.class, id);
            if (s == null) {
                plan.purge(Submission.class, id, null);
            } else {
                plan.addOrUpdate(s);
            }
            em.createNativeQuery("delete from hsearch_outbox_event where id = ?1").setParameter(1, row[0]).executeUpdate();
        }
        LOG.info(() -> rows.size() + " search index changes abandoned while the engine was away are queued again.");
        return rows.size();
    }
}
