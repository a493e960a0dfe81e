package org.samling.submission.model;

/**
 * Something other contexts know about a submission changed (its PDF, its decision, a submitted
 * review's scores): whatever is derived from it, such as the search index, should be refreshed.
 * Fired inside the transaction that made the change.
 */
public record SubmissionFactsChanged(Long submissionId) {
}
