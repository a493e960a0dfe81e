package org.samling.search.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.search.model.ReindexRun;
import org.samling.search.persistence.OpenSearchIndexes;
import org.samling.search.persistence.SearchEngine;
import org.samling.shared.DomainException;
import org.samling.shared.JobState;
import org.samling.submission.model.Submission;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the search index from the database as a background job on the container's managed
 * executor (Hibernate Search's mass indexer), with its progress in a {@link ReindexRun} row that the
 * chairs' page polls. Started by a chair, or by the server when the index is missing. On OpenSearch
 * the searches go on reading the old index until the new one is complete (see {@link OpenSearchIndexes}).
 */
@Stateless
public class ReindexJobs {

    private static final Logger LOG = Logger.getLogger(ReindexJobs.class.getName());

    @Resource
    ManagedExecutorService executor;
    @PersistenceUnit
    EntityManagerFactory emf;
    @Inject
    ReindexRuns runs;
    @Inject
    ConferenceService conferences;
    @Inject
    SearchEngine engine;

    /** A run as the page shows it. */
    public record Status(Long id, JobState state, int percent, long done, long total,
            Instant finishedAt, String error) {

        static Status of(ReindexRun r) {
            return new Status(r.getId(), r.getState(), r.percent(), r.getDone(), r.getTotal(), r.getFinishedAt(),
                    r.getError());
        }
    }

    /** A chair of any conference starts a rebuild (the index is shared); returns the run's id at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Long start(Actor actor, String acronym, Language reader) {
        conferences.chaired(actor, acronym, reader);
        if (runs.latest().map(r -> !r.getState().over()).orElse(false)) {
            throw new DomainException(null, "reindex.alreadyRunning");
        }
        return launch(actor.accountId());
    }

    /** The server's own rebuild (the index was missing at start-up), unless one is running already (another node's). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Long> startForServer() {
        if (runs.latest().map(r -> !r.getState().over()).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(launch(null));
    }

    private Long launch(Long by) {
        Long id = runs.create(by);
        executor.submit(() -> run(id));
        return id;
    }

    public Optional<Status> latest(Actor actor, String acronym, Language reader) {
        conferences.chaired(actor, acronym, reader);
        return runs.latest().map(Status::of);
    }

    private void run(Long id) {
        // OpenSearch: a new index takes the writes while searches read the old one until it is done.
        OpenSearchIndexes.Swap swap = null;
        OpenSearchIndexes indexes = engine.openSearch() ? OpenSearchIndexes.fromEnvironment() : null;
        try {
            if (indexes != null) {
                swap = indexes.beginRebuild();
            }
            AtomicLong total = new AtomicLong();
            AtomicLong done = new AtomicLong();
            AtomicLong reported = new AtomicLong(System.nanoTime());
            runs.start(id, 0);
            Search.mapping(emf).scope(Submission.class).massIndexer()
                    // The embedded index is emptied first; a new OpenSearch index is empty already.
                    .purgeAllOnStart(swap == null)
                    .threadsToLoadObjects(3)
                    .batchSizeToLoadObjects(100)
                    .monitor(new MassIndexingMonitor() {

                        @Override
                        public void documentsAdded(long increment) {
                            long now = System.nanoTime();
                            long d = done.addAndGet(increment);
                            long last = reported.get();
                            // At most twice a second: each report is a small transaction.
                            if (now - last > 500_000_000L && reported.compareAndSet(last, now)) {
                                runs.progress(id, d, total.get());
                            }
                        }

                        @Override
                        public void documentsBuilt(long increment) {
                        }

                        @Override
                        public void entitiesLoaded(long increment) {
                        }

                        @Override
                        public void addToTotalCount(long increment) {
                            total.addAndGet(increment);
                        }

                        @Override
                        public void indexingCompleted() {
                        }
                    })
                    .startAndWait();
            if (swap != null) {
                indexes.finish(swap);
            }
            runs.progress(id, done.get(), total.get());
            runs.finish(id, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(indexes, swap);
            runs.finish(id, "interrupted");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reindex " + id + " failed", e);
            abandon(indexes, swap);
            runs.finish(id, SearchEngine.unreachable(e) ? "search engine unreachable" : e.toString());
        }
    }

    private static void abandon(OpenSearchIndexes indexes, OpenSearchIndexes.Swap swap) {
        if (swap == null) {
            return;
        }
        try {
            indexes.abandon(swap);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not put the index aliases back after a failed rebuild", e);
        }
    }
}
