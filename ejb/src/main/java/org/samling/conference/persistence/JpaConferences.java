package org.samling.conference.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.conference.model.Call;
import org.samling.conference.model.Conference;
import org.samling.conference.model.Conferences;
import org.samling.conference.model.SubmissionType;
import org.samling.conference.model.Track;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaConferences implements Conferences {

    @PersistenceContext
    EntityManager em;

    @Override
    public Conference add(Conference conference) {
        em.persist(conference);
        return conference;
    }

    @Override
    public Call add(Call call) {
        em.persist(call);
        return call;
    }

    @Override
    public Optional<Conference> byAcronym(String acronym) {
        if (acronym == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Conference c where c.acronym = :a", Conference.class)
                .setParameter("a", acronym.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Optional<Conference> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Conference.class, id));
    }

    @Override
    public Optional<Call> callOf(Long conferenceId) {
        return em.createQuery("select c from Call c where c.conference.id = :id", Call.class)
                .setParameter("id", conferenceId).getResultStream().findFirst();
    }

    @Override
    public List<Call> openCallsAt(Instant now) {
        // The grace period is added in Java: it is per call and the list is short.
        return em.createQuery("select c from Call c where c.opensAt <= :now order by c.deadline", Call.class)
                .setParameter("now", now).getResultStream()
                .filter(c -> now.isBefore(c.closesAt())).toList();
    }

    @Override
    public List<Conference> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Conference c where c.id in :ids order by c.firstDay desc", Conference.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Conference> all() {
        return em.createQuery("select c from Conference c order by c.firstDay desc", Conference.class).getResultList();
    }

    @Override
    public Track add(Track track) {
        em.persist(track);
        return track;
    }

    @Override
    public SubmissionType add(SubmissionType type) {
        em.persist(type);
        return type;
    }

    @Override
    public List<Track> tracksOf(Long conferenceId) {
        // The names with the tracks: one query, not one more per track.
        return em.createQuery("select t from Track t left join fetch t.names where t.conference.id = :c order by t.position",
                Track.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<SubmissionType> typesOf(Long conferenceId) {
        return em.createQuery("select t from SubmissionType t where t.conference.id = :c order by t.position",
                SubmissionType.class).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public void remove(Track track) {
        em.remove(track);
    }

    @Override
    public void remove(SubmissionType type) {
        em.remove(type);
    }
}
