package org.samling.submission.model;

import java.util.List;
import java.util.Optional;

/** Where submissions are kept. */
public interface Submissions {

    Submission add(Submission submission);

    Optional<Submission> byId(Long id);

    /** An account's own submissions, the latest change first. */
    List<Submission> ownedBy(Long accountId);
}
