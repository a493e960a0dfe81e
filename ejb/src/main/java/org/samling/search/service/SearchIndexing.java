package org.samling.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionFactsChanged;

/**
 * Writes a submission's search document again when something the index reads from another
 * context changed (its PDF, its decision, a submitted review's scores). Changes to the submission
 * itself are indexed by Hibernate Search on its own. Runs in the transaction that made the change,
 * so the document follows at its commit.
 */
@ApplicationScoped
public class SearchIndexing {

    @PersistenceContext
    EntityManager em;

    void onFactsChanged(@Observes SubmissionFactsChanged e) {
        Submission s = em.find(Submission.class, e.submissionId());
        if (s != null) {
            Search.session(em).indexingPlan().addOrUpdate(s);
        }
    }
}
