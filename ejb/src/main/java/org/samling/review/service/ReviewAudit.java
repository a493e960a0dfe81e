package org.samling.review.service;

import org.samling.identity.model.Actor;
import org.samling.review.model.Assignment;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewKind;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;

import java.util.Objects;
import java.util.TreeMap;

/** What the audit log keeps of a review: who submitted or revised it, and the scores that changed, never its texts. */
public final class ReviewAudit {

    private ReviewAudit() {
    }

    /** The log entry of a review submitted or revised: the recommendation and scores that changed, never the texts. */
    static Audited revision(Assignment a, ReviewKind kind, boolean revised, ReviewContent before,
            ReviewContent after, Actor actor) {
        Audited e = Audited.of(revised ? AuditKind.REVIEW_REVISED : AuditKind.REVIEW_SUBMITTED, actor.accountId(),
                a.getConferenceId()).onSubmission(a.getSubmissionId()).change("kind", null, kind);
        boolean first = before == null || !revised;
        if (first || !Objects.equals(before.recommendation(), after.recommendation())) {
            e = e.change("recommendation", first ? null : before.recommendation(), after.recommendation());
        }
        for (var score : new TreeMap<>(after.scores()).entrySet()) {
            Integer old = first ? null : before.scores().get(score.getKey());
            if (first || !Objects.equals(old, score.getValue())) {
                e = e.change(score.getKey(), old, score.getValue());
            }
        }
        return e;
    }
}
