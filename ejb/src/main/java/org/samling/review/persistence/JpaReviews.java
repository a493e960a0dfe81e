package org.samling.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.samling.review.model.DiscussionPost;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.Reviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReviews implements Reviews {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ReviewForm> formOf(Long conferenceId) {
        return em.createQuery("select f from ReviewForm f where f.conferenceId = :c", ReviewForm.class)
                .setParameter("c", conferenceId).getResultStream().findFirst();
    }

    @Override
    public ReviewForm add(ReviewForm form) {
        em.persist(form);
        return form;
    }

    @Override
    public Optional<Review> of(Long assignmentId, ReviewKind kind) {
        return em.createQuery("select r from Review r where r.assignmentId = :a and r.kind = :k", Review.class)
                .setParameter("a", assignmentId).setParameter("k", kind).getResultStream().findFirst();
    }

    @Override
    public List<Review> ofAssignments(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Review r where r.assignmentId in :a order by r.id", Review.class)
                .setParameter("a", assignmentIds).getResultList();
    }

    @Override
    public Review add(Review review) {
        em.persist(review);
        return review;
    }

    @Override
    public void removeAllOf(Long assignmentId) {
        em.createQuery("delete from Review r where r.assignmentId = :a").setParameter("a", assignmentId).executeUpdate();
    }

    @Override
    public List<DiscussionPost> discussionOf(Long submissionId) {
        return em.createQuery("select p from DiscussionPost p where p.submissionId = :s order by p.postedAt, p.id",
                DiscussionPost.class).setParameter("s", submissionId).getResultList();
    }

    @Override
    public DiscussionPost add(DiscussionPost post) {
        em.persist(post);
        return post;
    }

    @Override
    public boolean flush() {
        try {
            em.flush();
            return true;
        } catch (OptimisticLockException e) {
            return false;
        }
    }
}
