package org.samling.lifecycle.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.samling.lifecycle.model.AuditEntry;
import org.samling.lifecycle.model.AuditFilter;
import org.samling.lifecycle.model.AuditLog;

import java.util.List;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> page(AuditFilter f, int first, int max) {
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where(f) + " order by e.id desc",
                AuditEntry.class);
        return bind(q, f).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditFilter f) {
        return bind(em.createQuery("select count(e) from AuditEntry e" + where(f), Long.class), f).getSingleResult();
    }

    private static String where(AuditFilter f) {
        return " where 1 = 1"
                + (f.conferenceId() == null ? "" : " and e.conferenceId = :c")
                + (f.people() == null ? "" : " and (e.actorId in :p or e.subjectId in :p)")
                + (f.kind() == null ? "" : " and e.kind = :k")
                + (f.submissionId() == null ? "" : " and e.submissionId = :s")
                + (f.from() == null ? "" : " and e.at >= :from")
                + (f.until() == null ? "" : " and e.at < :until")
                + (f.people() == null || f.blind().isEmpty()
                        ? ""
                        : " and (e.submissionId is null or e.submissionId not in :blind or e.kind not in :reviewerKinds)");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditFilter f) {
        if (f.conferenceId() != null) {
            q.setParameter("c", f.conferenceId());
        }
        if (f.people() != null) {
            // "in ()" is not valid SQL: nobody matching gives an id no account has.
            q.setParameter("p", f.people().isEmpty() ? List.of(-1L) : f.people());
        }
        if (f.people() != null && !f.blind().isEmpty()) {
            q.setParameter("blind", f.blind()).setParameter("reviewerKinds", AuditFilter.reviewerKinds());
        }
        if (f.kind() != null) {
            q.setParameter("k", f.kind());
        }
        if (f.submissionId() != null) {
            q.setParameter("s", f.submissionId());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.until() != null) {
            q.setParameter("until", f.until());
        }
        return q;
    }
}
