package org.samling.decision.model;

import org.samling.submission.model.SubmissionState;

/** What the chairs decided about a submission; the submission takes the matching state when its authors are told. */
public enum Outcome {

    ACCEPT(SubmissionState.ACCEPTED), REJECT(SubmissionState.REJECTED), WAITLIST(SubmissionState.WAITLISTED);

    private final SubmissionState state;

    Outcome(SubmissionState state) {
        this.state = state;
    }

    public SubmissionState state() {
        return state;
    }
}
