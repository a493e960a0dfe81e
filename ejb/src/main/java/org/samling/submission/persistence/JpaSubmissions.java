package org.samling.submission.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.samling.submission.model.PdfFacts;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionExtension;
import org.samling.submission.model.SubmissionPdf;
import org.samling.submission.model.Submissions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaSubmissions implements Submissions {

    @PersistenceContext
    EntityManager em;

    @Override
    public Submission add(Submission submission) {
        em.persist(submission);
        em.flush();
        return submission;
    }

    @Override
    public Optional<Submission> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Submission.class, id));
    }

    @Override
    public List<Submission> ownedBy(Long accountId) {
        return em.createQuery("select s from Submission s where s.ownerId = :a order by s.updatedAt desc", Submission.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public void removePdf(Long submissionId) {
        pdfOf(submissionId).ifPresent(em::remove);
    }

    @Override
    public Set<Long> idsAuthoredBy(Long accountId, String email) {
        Set<Long> ids = new HashSet<>(em.createQuery("select s.id from Submission s where s.ownerId = :a", Long.class)
                .setParameter("a", accountId).getResultList());
        if (email != null) {
            ids.addAll(em.createQuery("select s.id from Submission s join s.authors a where lower(a.email) = :e", Long.class)
                    .setParameter("e", email.toLowerCase(Locale.ROOT)).getResultList());
        }
        return ids;
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

    @Override
    public List<Submission> ofConference(Long conferenceId) {
        return em.createQuery("select s from Submission s where s.conferenceId = :c order by s.id", Submission.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<PdfFacts> pdfFactsOfConference(Long conferenceId) {
        return em.createQuery("select new org.samling.submission.model.PdfFacts(p.submissionId, p.fileName, p.pages,"
                + " p.sizeBytes, p.uploadedAt, p.findings) from SubmissionPdf p, Submission s"
                + " where s.id = p.submissionId and s.conferenceId = :c", PdfFacts.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public SubmissionExtension add(SubmissionExtension extension) {
        em.persist(extension);
        return extension;
    }

    @Override
    public List<SubmissionExtension> extensionsOf(Long submissionId) {
        return em.createQuery("select e from SubmissionExtension e where e.submissionId = :s order by e.grantedAt desc",
                SubmissionExtension.class).setParameter("s", submissionId).getResultList();
    }

    @Override
    public Optional<SubmissionPdf> pdfOf(Long submissionId) {
        return em.createQuery("select p from SubmissionPdf p where p.submissionId = :s", SubmissionPdf.class)
                .setParameter("s", submissionId).getResultStream().findFirst();
    }

    @Override
    public SubmissionPdf add(SubmissionPdf pdf) {
        em.persist(pdf);
        return pdf;
    }
}
