package org.samling.submission.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where submissions are kept. */
public interface Submissions {

    Submission add(Submission submission);

    Optional<Submission> byId(Long id);

    Optional<SubmissionPdf> pdfOf(Long submissionId);

    SubmissionPdf add(SubmissionPdf pdf);

    /** Deletes a submission's PDF, if it has one. */
    void removePdf(Long submissionId);

    /** All submissions to a conference, in the order they were started. */
    List<Submission> ofConference(Long conferenceId);

    /** The facts of the PDFs attached to a conference's submissions (not the files). */
    List<PdfFacts> pdfFactsOfConference(Long conferenceId);

    SubmissionExtension add(SubmissionExtension extension);

    /** Every extension granted for a submission, the latest first. */
    List<SubmissionExtension> extensionsOf(Long submissionId);

    /** Writes pending changes now; false if another transaction changed the same row meanwhile. */
    boolean flush();

    /** An account's own submissions, the latest change first. */
    List<Submission> ownedBy(Long accountId);

    /** The ids of the submissions an account owns or is named on as a co-author (by address, case aside). */
    Set<Long> idsAuthoredBy(Long accountId, String email);
}
