package org.samling.review.model;

/**
 * Fired (synchronously, in the transaction) just before an assignment is removed, so that the
 * review context drops the draft written for it.
 */
public record AssignmentWithdrawn(Long assignmentId) {
}
