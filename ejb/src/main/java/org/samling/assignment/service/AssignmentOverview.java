package org.samling.assignment.service;

import org.samling.review.model.AssignmentSource;
import org.samling.review.model.AssignmentState;

import java.util.List;

/** A conference's assignments as its chair sees them: per submission its reviewers, per reviewer the load. */
public record AssignmentOverview(List<SubmissionRow> submissions, List<MemberLoad> members) {

    public record SubmissionRow(Long id, String title, List<ReviewerRow> reviewers) {
    }

    public record ReviewerRow(Long assignmentId, Long accountId, String name, AssignmentState state, boolean meta,
            AssignmentSource source) {
    }

    /** A committee member's load: assigned now (or after a plan), and the limits the chair set. */
    public record MemberLoad(Long accountId, String name, int assigned, int max, int min) {

        public boolean over() {
            return assigned > max;
        }
    }
}
