package org.samling.review.model;

import java.util.List;
import java.util.Optional;

/** Where reviewer profiles, bids and conflict decisions are kept. */
public interface Committee {

    Optional<ReviewerProfile> profileOf(Long conferenceId, Long accountId);

    List<ReviewerProfile> profilesOf(Long conferenceId);

    ReviewerProfile add(ReviewerProfile profile);

    /** A reviewer's bids on a conference's submissions. */
    List<Bid> bidsOf(Long conferenceId, Long accountId);

    Optional<Bid> bid(Long submissionId, Long accountId);

    Bid add(Bid bid);

    List<ConflictDecision> decisionsOf(Long conferenceId);

    Optional<ConflictDecision> decision(Long submissionId, Long accountId);

    ConflictDecision add(ConflictDecision decision);

    /** When each committee member of a conference was last reminded of their reviews. */
    List<ReviewerReminder> remindersOf(Long conferenceId);

    ReviewerReminder add(ReviewerReminder reminder);

    List<CommitteeMember> membersOf(Long conferenceId);

    Optional<CommitteeMember> member(Long conferenceId, Long accountId);

    CommitteeMember add(CommitteeMember member);

    List<CommitteeInvitation> invitationsOf(Long conferenceId);

    /** The invitations to one person in every conference: accepted from the account, or sent to the address. */
    List<CommitteeInvitation> invitationsOfPerson(Long accountId, String email);

    Optional<CommitteeInvitation> invitationByTokenHash(String tokenHash);

    CommitteeInvitation add(CommitteeInvitation invitation);
}
