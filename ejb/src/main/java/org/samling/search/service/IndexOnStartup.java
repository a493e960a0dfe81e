package org.samling.search.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.samling.search.persistence.SearchEngine;
import org.samling.search.persistence.SubmissionIndexBinder;
import org.samling.submission.model.Submission;

import java.util.logging.Logger;

/**
 * Keeps the index there. At start-up it rebuilds the index if it is missing (a new node, a wiped
 * data folder, a new OpenSearch: the database has submissions and the index has none) or was
 * written before a field the searches need was added. On OpenSearch it also creates the index
 * when the engine answers (a start while it is down still serves the site, search says it is
 * unavailable), and every 10 seconds puts back in the outbox the changes Hibernate Search gave up
 * on while the engine was away, so nothing saved is missing from the index once it is back.
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
    @Inject
    SearchEngine engine;
    @Inject
    SearchOutbox outbox;

    /** The engine did not answer at start-up: the check is still to be done. */
    private boolean waiting;

    @PostConstruct
    void check() {
        if (!engine.createIndexIfMissing()) {
            waiting = true;
            LOG.warning("The search engine does not answer (SAMLING_SEARCH_HOSTS): search is unavailable until it does, and"
                    + " saved changes wait in the outbox. Asking again every 10 seconds.");
            return;
        }
        rebuildIfMissing();
    }

    private void rebuildIfMissing() {
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

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void upkeep() {
        if (!engine.openSearch()) {
            return;
        }
        if (waiting) {
            if (!engine.createIndexIfMissing()) {
                return;
            }
            waiting = false;
            LOG.info("The search engine answers again.");
            rebuildIfMissing();
        }
        outbox.requeueAbandoned();
    }
}
