package org.samling.assignment.model;

import java.io.Serializable;

/** One step of a plan: give a reviewer a submission, or take it away. */
public record AssignmentChange(Kind kind, Long submissionId, Long accountId) implements Serializable {

    public enum Kind {
        ADD, REMOVE
    }

    public static AssignmentChange add(Long submissionId, Long accountId) {
        return new AssignmentChange(Kind.ADD, submissionId, accountId);
    }

    public static AssignmentChange remove(Long submissionId, Long accountId) {
        return new AssignmentChange(Kind.REMOVE, submissionId, accountId);
    }
}
