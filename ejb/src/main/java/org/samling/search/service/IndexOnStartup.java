package org.samling.search.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.samling.search.persistence.SubmissionIndexBinder;
import org.samling.submission.model.Submission;

import java.util.logging.Logger;

/**
 * Rebuilds the index at start-up if it is missing (a new node, a wiped data folder: the database
 * has submissions and the index has none) or was written before a field the searches need was
 * added (its documents lack it). The rebuild runs in the background.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
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
        } else if (indexed > 0 && Search.session(em).search(Submission.class)
                .where(f -> f.exists().field(SubmissionIndexBinder.FACETS)).fetchTotalHitCount() == 0) {
            LOG.info(() -> "The search index was written by an earlier version (no facet keys): rebuilding it.");
            jobs.startForServer();
        }
    }
}
