package org.samling.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.review.model.Bid;
import org.samling.review.model.Committee;
import org.samling.review.model.CommitteeInvitation;
import org.samling.review.model.CommitteeMember;
import org.samling.review.model.ConflictDecision;
import org.samling.review.model.ReviewerProfile;
import org.samling.review.model.ReviewerReminder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaCommittee implements Committee {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ReviewerProfile> profileOf(Long conferenceId, Long accountId) {
        return em.createQuery("select p from ReviewerProfile p where p.conferenceId = :c and p.accountId = :a",
                ReviewerProfile.class).setParameter("c", conferenceId).setParameter("a", accountId)
                .getResultStream().findFirst();
    }

    @Override
    public List<ReviewerProfile> profilesOf(Long conferenceId) {
        return em.createQuery("select p from ReviewerProfile p where p.conferenceId = :c", ReviewerProfile.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public List<ReviewerReminder> remindersOf(Long conferenceId) {
        return em.createQuery("select r from ReviewerReminder r where r.conferenceId = :c", ReviewerReminder.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public ReviewerReminder add(ReviewerReminder reminder) {
        em.persist(reminder);
        return reminder;
    }

    @Override
    public ReviewerProfile add(ReviewerProfile profile) {
        em.persist(profile);
        return profile;
    }

    @Override
    public List<Bid> bidsOf(Long conferenceId, Long accountId) {
        return em.createQuery("select b from Bid b, Submission s where s.id = b.submissionId and s.conferenceId = :c"
                + " and b.accountId = :a", Bid.class).setParameter("c", conferenceId).setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public Optional<Bid> bid(Long submissionId, Long accountId) {
        return em.createQuery("select b from Bid b where b.submissionId = :s and b.accountId = :a", Bid.class)
                .setParameter("s", submissionId).setParameter("a", accountId).getResultStream().findFirst();
    }

    @Override
    public Bid add(Bid bid) {
        em.persist(bid);
        return bid;
    }

    @Override
    public List<ConflictDecision> decisionsOf(Long conferenceId) {
        return em.createQuery("select d from ConflictDecision d, Submission s where s.id = d.submissionId"
                + " and s.conferenceId = :c", ConflictDecision.class).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public Optional<ConflictDecision> decision(Long submissionId, Long accountId) {
        return em.createQuery("select d from ConflictDecision d where d.submissionId = :s and d.accountId = :a",
                ConflictDecision.class).setParameter("s", submissionId).setParameter("a", accountId).getResultStream()
                .findFirst();
    }

    @Override
    public ConflictDecision add(ConflictDecision decision) {
        em.persist(decision);
        return decision;
    }

    @Override
    public List<CommitteeMember> membersOf(Long conferenceId) {
        return em.createQuery("select m from CommitteeMember m where m.conferenceId = :c", CommitteeMember.class)
                .setParameter("c", conferenceId).getResultList();
    }

    @Override
    public Optional<CommitteeMember> member(Long conferenceId, Long accountId) {
        return em.createQuery("select m from CommitteeMember m where m.conferenceId = :c and m.accountId = :a",
                CommitteeMember.class).setParameter("c", conferenceId).setParameter("a", accountId)
                .getResultStream().findFirst();
    }

    @Override
    public CommitteeMember add(CommitteeMember member) {
        em.persist(member);
        return member;
    }

    @Override
    public List<CommitteeInvitation> invitationsOfPerson(Long accountId, String email) {
        return em.createQuery("select i from CommitteeInvitation i where i.accountId = :a or lower(i.email) = :e",
                CommitteeInvitation.class).setParameter("a", accountId)
                .setParameter("e", email == null ? "" : email.toLowerCase(Locale.ROOT)).getResultList();
    }

    @Override
    public List<CommitteeInvitation> invitationsOf(Long conferenceId) {
        return em.createQuery("select i from CommitteeInvitation i where i.conferenceId = :c order by i.id desc",
                CommitteeInvitation.class).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public Optional<CommitteeInvitation> invitationByTokenHash(String tokenHash) {
        return em.createQuery("select i from CommitteeInvitation i where i.tokenHash = :t", CommitteeInvitation.class)
                .setParameter("t", tokenHash).getResultStream().findFirst();
    }

    @Override
    public CommitteeInvitation add(CommitteeInvitation invitation) {
        em.persist(invitation);
        return invitation;
    }
}
