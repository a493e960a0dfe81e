package org.samling.search.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.samling.submission.model.Submission;

import java.util.logging.Logger;

/**
 * Rebuilds the index at start-up if it is missing (a new node, a wiped data folder): the
 * database has submissions and the index has none. The rebuild runs in the background.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigration")
public class IndexOnStartup {

    private static final Logger LOG = Logger.getLogger(IndexOnStartup.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    ReindexJobs jobs;

    @PostConstruct
    void check() {
        long stored = em.createQuery("select count(s) from Submission s", Long.class).getSingleResult();
        long indexed = Search.session(em).search(Submission.class).where(f -> f.matchAll()).fetchTotalHitCount();
        if (stored > 0 && indexed == 0) {
            LOG.info(() -> "The search index is missing (" + stored + " submissions, none indexed): rebuilding it.");
            jobs.startForServer();
        }
    }
}
