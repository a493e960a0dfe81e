package org.samling.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Actor;
import org.samling.review.service.ReviewPolicy;
import org.samling.search.model.SearchScope;
import org.samling.search.model.SearchSort;
import org.samling.submission.model.SubmissionState;

import java.util.Arrays;
import java.util.List;

/**
 * What a person's search covers, decided here by the review policy's rules and nowhere else:
 * a conference's chairs search every submitted abstract, authors included; its committee the
 * abstracts they may review (never a draft, never one they are in conflict with, never an author
 * field, a PDF's text only if the committee may read that PDF); everyone else the titles,
 * abstracts and keywords of the submissions in the latest release of the programme (nothing
 * before the first one).
 */
@ApplicationScoped
public class SearchPolicy {

    @Inject
    ReviewPolicy reviewPolicy;

    public SearchScope scope(Actor actor, Long conferenceId) {
        if (actor != null && !actor.isVisitor() && reviewPolicy.isChair(actor, conferenceId)) {
            return SearchScope.CHAIR;
        }
        if (actor != null && !actor.isVisitor() && reviewPolicy.isCommitteeMember(actor, conferenceId)) {
            return SearchScope.COMMITTEE;
        }
        return SearchScope.PUBLIC;
    }

    /** The states a scope's search may return (the committee's: those under review, as ReviewPolicy.canReview). */
    public List<String> states(SearchScope scope) {
        return switch (scope) {
            case CHAIR -> List.of(SubmissionState.SUBMITTED, SubmissionState.ACCEPTED, SubmissionState.REJECTED,
                    SubmissionState.WAITLISTED, SubmissionState.WITHDRAWN).stream().map(Enum::name).toList();
            case COMMITTEE -> Arrays.stream(SubmissionState.values()).filter(SubmissionState::underReview)
                    .map(Enum::name).toList();
            case PUBLIC -> List.of(SubmissionState.ACCEPTED.name());
        };
    }

    /**
     * Whether a search may match on and show authors, affiliations and addresses: a chair's only.
     * Stricter than {@code ReviewPolicy.canSeeAuthors} in an open call: the committee's search never
     * touches author fields, so no query can probe who wrote what.
     */
    public boolean canSearchAuthors(SearchScope scope) {
        return scope == SearchScope.CHAIR;
    }

    /** The orders a person may choose: by score only where the review policy lets them order by the committee's judgement. */
    public List<SearchSort> sorts(Actor actor, Long conferenceId) {
        boolean byScore = actor != null && !actor.isVisitor() && reviewPolicy.canSortByScore(actor, conferenceId);
        return Arrays.stream(SearchSort.values()).filter(s -> s != SearchSort.SCORE || byScore).toList();
    }

    /** Similar submissions (to catch one abstract sent to two tracks) are for chairs. */
    public boolean canSeeSimilar(SearchScope scope) {
        return scope == SearchScope.CHAIR;
    }

    /** How much of the PDFs' text a search may match: a chair's all, the committee's only PDFs it may read, a visitor's none. */
    public enum PdfText {
        ALL, WHERE_READABLE, NONE
    }

    public PdfText pdfText(SearchScope scope) {
        return switch (scope) {
            case CHAIR -> PdfText.ALL;
            case COMMITTEE -> PdfText.WHERE_READABLE;
            case PUBLIC -> PdfText.NONE;
        };
    }

    /** A visitor's search covers the latest release of the programme and nothing else. */
    public boolean onlyPublished(SearchScope scope) {
        return scope == SearchScope.PUBLIC;
    }
}
