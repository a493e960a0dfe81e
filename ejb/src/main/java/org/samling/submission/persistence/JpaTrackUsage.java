package org.samling.submission.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.conference.model.TrackUsage;

/** Counts the submissions that use a track or a type, for the conference context. */
@ApplicationScoped
public class JpaTrackUsage implements TrackUsage {

    @PersistenceContext
    EntityManager em;

    @Override
    public long submissionsWithTrack(Long trackId) {
        return em.createQuery("select count(s) from Submission s where s.trackId = :t", Long.class)
                .setParameter("t", trackId).getSingleResult();
    }

    @Override
    public long submissionsWithType(Long typeId) {
        return em.createQuery("select count(s) from Submission s where s.typeId = :t", Long.class)
                .setParameter("t", typeId).getSingleResult();
    }
}
