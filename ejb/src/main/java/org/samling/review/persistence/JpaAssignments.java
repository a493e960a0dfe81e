package org.samling.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAssignments implements Assignments {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Assignment> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public Optional<Assignment> find(Long submissionId, Long accountId) {
        return em.createQuery("select a from Assignment a where a.submissionId = :s and a.accountId = :a", Assignment.class)
                .setParameter("s", submissionId).setParameter("a", accountId).getResultStream().findFirst();
    }

    @Override
    public List<Assignment> ofConference(Long conferenceId) {
        return em.createQuery("select a from Assignment a where a.conferenceId = :c order by a.submissionId, a.id",
                Assignment.class).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<Assignment> ofSubmission(Long submissionId) {
        return em.createQuery("select a from Assignment a where a.submissionId = :s order by a.id", Assignment.class)
                .setParameter("s", submissionId).getResultList();
    }

    @Override
    public List<Assignment> allOfReviewer(Long accountId) {
        return em.createQuery("select a from Assignment a where a.accountId = :a order by a.id", Assignment.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public List<Assignment> ofReviewer(Long conferenceId, Long accountId) {
        return em.createQuery("select a from Assignment a where a.conferenceId = :c and a.accountId = :a"
                + " order by a.submissionId", Assignment.class).setParameter("c", conferenceId)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public Assignment add(Assignment assignment) {
        em.persist(assignment);
        return assignment;
    }

    @Override
    public void remove(Assignment assignment) {
        em.remove(assignment);
    }
}
