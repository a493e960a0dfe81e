package org.samling.submission.model;

import java.util.List;
import java.util.Optional;

/** Where submissions are kept. */
public interface Submissions {

    Submission add(Submission submission);

    Optional<Submission> byId(Long id);

    Optional<SubmissionPdf> pdfOf(Long submissionId);

    SubmissionPdf add(SubmissionPdf pdf);

    /** An account's own submissions, the latest change first. */
    List<Submission> ownedBy(Long accountId);
}
