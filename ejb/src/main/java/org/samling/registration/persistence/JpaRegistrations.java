package org.samling.registration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registration;
import org.samling.registration.model.RegistrationSettings;
import org.samling.registration.model.Registrations;
import org.samling.registration.model.SessionSeats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaRegistrations implements Registrations {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RegistrationSettings> settings(Long conferenceId) {
        return Optional.ofNullable(em.find(RegistrationSettings.class, conferenceId));
    }

    @Override
    public Optional<Registration> byToken(String token) {
        return token == null
                ? Optional.empty()
                : em.createQuery("select r from Registration r where r.token = :t", Registration.class)
                        .setParameter("t", token).getResultStream().findFirst();
    }

    @Override
    public Optional<Registration> byEmail(Long conferenceId, String email) {
        return em.createQuery("select r from Registration r where r.conferenceId = :c and r.email = :e", Registration.class)
                .setParameter("c", conferenceId).setParameter("e", email).getResultStream().findFirst();
    }

    @Override
    public Optional<Registration> byId(Long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    @Override
    public List<Registration> ofPerson(Long accountId, String email) {
        return em.createQuery("select r from Registration r where r.accountId = :a or lower(r.email) = :e order by r.id",
                Registration.class).setParameter("a", accountId)
                .setParameter("e", email == null ? "" : email.toLowerCase(Locale.ROOT)).getResultList();
    }

    @Override
    public List<Registration> ofConference(Long conferenceId) {
        return em
                .createQuery("select r from Registration r where r.conferenceId = :c order by r.createdAt, r.id",
                        Registration.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<Pick> picksOf(Long registrationId) {
        return em.createQuery("select p from Pick p where p.registrationId = :r order by p.blockId, p.choice", Pick.class)
                .setParameter("r", registrationId).getResultList();
    }

    @Override
    public List<Pick> picksOfConference(Long conferenceId) {
        return em.createQuery("select p from Pick p where p.conferenceId = :c order by p.sessionId, p.queuedAt, p.id", Pick.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<Pick> picksOfSession(Long sessionId, long occurrence) {
        return em.createQuery("select p from Pick p where p.sessionId = :s and p.occurrence = :o and p.state in :live "
                + "order by case when p.state = :confirmed then 0 else 1 end, p.queuedAt, p.id", Pick.class)
                .setParameter("s", sessionId).setParameter("o", occurrence)
                .setParameter("live", List.of(PickState.CONFIRMED, PickState.WAITING))
                .setParameter("confirmed", PickState.CONFIRMED).getResultList();
    }

    @Override
    public long confirmed(Long sessionId, long occurrence) {
        return em.createQuery("select count(p) from Pick p where p.sessionId = :s and p.occurrence = :o and p.state = :st",
                Long.class).setParameter("s", sessionId).setParameter("o", occurrence)
                .setParameter("st", PickState.CONFIRMED).getSingleResult();
    }

    @Override
    public SessionSeats lockSession(Long sessionId, Long conferenceId) {
        SessionSeats seats = em.find(SessionSeats.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (seats == null) {
            seats = new SessionSeats(sessionId, conferenceId);
            em.persist(seats);
            em.flush();
            em.lock(seats, LockModeType.PESSIMISTIC_WRITE);
        }
        return seats;
    }

    @Override
    public Optional<SessionSeats> seatsOf(Long sessionId) {
        return Optional.ofNullable(em.find(SessionSeats.class, sessionId));
    }

    @Override
    public List<RegistrationSettings> openSettings() {
        return em.createQuery("select s from RegistrationSettings s where s.open = true", RegistrationSettings.class)
                .getResultList();
    }

    @Override
    public List<RegistrationSettings> linksNotMailed() {
        return em.createQuery("select s from RegistrationSettings s where s.linksMailAt is not null and s.linksMailedAt is null",
                RegistrationSettings.class).getResultList();
    }

    @Override
    public void lock(Registration r) {
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
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
    public void flush() {
        em.flush();
    }
}
