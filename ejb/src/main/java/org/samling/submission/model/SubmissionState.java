package org.samling.submission.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a submission. DRAFT and SUBMITTED can change until the deadline; WITHDRAWN ends it;
 * ACCEPTED, REJECTED and WAITLISTED are the chair's decisions (a waitlisted one may still be
 * accepted or rejected). Every move goes through {@link #moveTo}, which refuses illegal ones.
 */
public enum SubmissionState {

    DRAFT, SUBMITTED, WITHDRAWN, ACCEPTED, REJECTED, WAITLISTED;

    private Set<SubmissionState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(WITHDRAWN, ACCEPTED, REJECTED, WAITLISTED);
            case WAITLISTED -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN, REJECTED -> EnumSet.noneOf(SubmissionState.class);
        };
    }

    public boolean canMoveTo(SubmissionState target) {
        return next().contains(target);
    }

    public SubmissionState moveTo(SubmissionState target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("A submission cannot go from " + this + " to " + target);
        }
        return target;
    }

    /** Before the committee: neither a draft nor withdrawn (submitted, or decided). */
    public boolean underReview() {
        return this != DRAFT && this != WITHDRAWN;
    }

    /** A decision's state. */
    public boolean decided() {
        return this == ACCEPTED || this == REJECTED || this == WAITLISTED;
    }

    /**
     * A decision told and then corrected by the chair (confirmed, and told again): from one decision
     * to another only. Rejection is final for every other move.
     */
    public SubmissionState correctTo(SubmissionState target) {
        if (!decided() || !target.decided()) {
            throw new IllegalStateException("A correction goes from one decision to another, not " + this + " to " + target);
        }
        return target;
    }

    /** Whether the authors may send the final version of the text and PDF (until the final-version deadline). */
    public boolean takesFinalVersion() {
        return this == ACCEPTED;
    }

    /** Whether the author may still change the text (the deadline is checked separately). */
    public boolean editable() {
        return this == DRAFT || this == SUBMITTED;
    }
}
