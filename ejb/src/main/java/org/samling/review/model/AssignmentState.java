package org.samling.review.model;

/**
 * How far the reviewer is with an assigned submission. A review once submitted stays submitted
 * (a revision is a new submit); nothing goes back to ASSIGNED.
 */
public enum AssignmentState {

    ASSIGNED, DRAFTED, SUBMITTED;

    /** The state after a draft is saved: a submitted review stays submitted. */
    public AssignmentState drafted() {
        return this == SUBMITTED ? SUBMITTED : DRAFTED;
    }

    public AssignmentState submitted() {
        return SUBMITTED;
    }

    /** Whether the assignment can still be taken away without losing a submitted review. */
    public boolean removable() {
        return this != SUBMITTED;
    }
}
