package org.samling.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.samling.notification.model.MailState;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext
    EntityManager em;

    @Override
    public OutboxMail add(OutboxMail mail) {
        em.persist(mail);
        em.flush();
        return mail;
    }

    @Override
    public Optional<OutboxMail> lockForSending(Long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<OutboxMail> byId(Long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<Long> dueAt(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.state = :s and m.nextAttemptAt <= :now "
                + "order by m.nextAttemptAt", Long.class)
                .setParameter("s", MailState.QUEUED).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public List<OutboxMail> page(Long conferenceId, String recipient, int first, int max) {
        String where = " where 1 = 1" + (conferenceId == null ? "" : " and m.conferenceId = :c")
                + (recipient == null ? "" : " and m.recipient = :r");
        var q = em.createQuery("select m from OutboxMail m" + where + " order by m.id desc", OutboxMail.class);
        if (conferenceId != null) {
            q.setParameter("c", conferenceId);
        }
        if (recipient != null) {
            q.setParameter("r", recipient);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countTo(String recipient, Collection<String> kinds, Instant since) {
        return em.createQuery("select count(m) from OutboxMail m where lower(m.recipient) = :r and m.kind in :k"
                + " and m.createdAt >= :t", Long.class)
                .setParameter("r", recipient.toLowerCase(Locale.ROOT)).setParameter("k", kinds).setParameter("t", since)
                .getSingleResult();
    }

    @Override
    public long countIn(Long conferenceId, MailState state) {
        var q = em.createQuery("select count(m) from OutboxMail m where m.state = :s"
                + (conferenceId == null ? "" : " and m.conferenceId = :c"), Long.class).setParameter("s", state);
        if (conferenceId != null) {
            q.setParameter("c", conferenceId);
        }
        return q.getSingleResult();
    }
}
