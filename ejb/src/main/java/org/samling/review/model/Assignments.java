package org.samling.review.model;

import java.util.List;
import java.util.Optional;

/** Where assignments (who reviews which submission, and how far they are) are kept. */
public interface Assignments {

    Optional<Assignment> byId(Long id);

    Optional<Assignment> find(Long submissionId, Long accountId);

    List<Assignment> ofConference(Long conferenceId);

    List<Assignment> ofSubmission(Long submissionId);

    List<Assignment> ofReviewer(Long conferenceId, Long accountId);

    /** Every assignment of one committee member, in every conference (for their own data export). */
    List<Assignment> allOfReviewer(Long accountId);

    Assignment add(Assignment assignment);

    void remove(Assignment assignment);
}
