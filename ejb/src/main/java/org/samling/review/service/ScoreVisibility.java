package org.samling.review.service;

import java.util.Set;

/**
 * Whose scores a person may learn in one conference, as {@link ReviewPolicy#scoreVisibility}
 * decided: every submission's (its chairs), or those of the listed submissions only (a committee
 * member's own submitted reviews, when the chairs let reviewers read each other), or none.
 */
public record ScoreVisibility(boolean all, Set<Long> submissions) {

    public static final ScoreVisibility ALL = new ScoreVisibility(true, Set.of());
    public static final ScoreVisibility NONE = new ScoreVisibility(false, Set.of());

    public ScoreVisibility {
        submissions = Set.copyOf(submissions);
    }

    /** Whether this submission's scores may be shown. */
    public boolean covers(Long submissionId) {
        return all || submissions.contains(submissionId);
    }
}
