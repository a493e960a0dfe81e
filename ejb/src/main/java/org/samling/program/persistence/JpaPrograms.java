package org.samling.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.samling.conference.model.Conference;
import org.samling.program.model.Block;
import org.samling.program.model.Occurrence;
import org.samling.program.model.ProgramItem;
import org.samling.program.model.ProgramSession;
import org.samling.program.model.Programs;
import org.samling.program.model.Release;
import org.samling.program.model.Room;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPrograms implements Programs {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Block> blocks(Long conferenceId) {
        return em.createQuery("select b from Block b where b.conferenceId = :c order by b.day, b.starts, b.ends, b.id",
                Block.class).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<Room> rooms(Long conferenceId) {
        return em.createQuery("select r from Room r where r.conferenceId = :c order by r.id", Room.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<ProgramSession> sessions(Long conferenceId) {
        return em.createQuery("select s from ProgramSession s where s.conferenceId = :c order by s.id", ProgramSession.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<ProgramItem> items(Long conferenceId) {
        return em.createQuery("select i from ProgramItem i where i.conferenceId = :c order by i.sessionId, i.position, i.id",
                ProgramItem.class).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<Occurrence> occurrences(Long conferenceId) {
        return em.createQuery("select o from Occurrence o where o.conferenceId = :c order by o.firstDay, o.id",
                Occurrence.class).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public Optional<Release> latestRelease(Long conferenceId) {
        return em.createQuery("select r from Release r where r.conferenceId = :c order by r.number desc", Release.class)
                .setParameter("c", conferenceId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Long> conferencesWithRelease() {
        return em.createQuery("select distinct r.conferenceId from Release r", Long.class).getResultList();
    }

    @Override
    public List<Release> releases(Long conferenceId) {
        return em.createQuery("select r from Release r where r.conferenceId = :c order by r.number desc", Release.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public void remove(Object entity) {
        em.remove(entity);
    }

    @Override
    public <T> Optional<T> find(Class<T> type, Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void lockForRelease(Long conferenceId) {
        em.find(Conference.class, conferenceId, LockModeType.PESSIMISTIC_WRITE);
    }
}
