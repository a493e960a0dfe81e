package org.samling.review.service;

import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.shared.DomainException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a review needs: a draft may be anything in range, a submitted review everything required. */
class ReviewChecksTest {

    private static final ReviewFormDefinition FORM = ReviewFormDefinition.defaults();

    /** What the reviewer is told, field by field; empty when the review is accepted as it is. */
    private static List<String> messages(ReviewKind kind, ReviewContent c, boolean complete) {
        try {
            ReviewService.check(FORM, kind, c, complete, Language.EN);
            return List.of();
        } catch (DomainException e) {
            return e.violations().stream()
                    .map(v -> v.field() + ":" + v.messageKey() + (v.args().length > 0 ? ":" + v.args()[0] : ""))
                    .toList();
        }
    }

    @Test
    void aHalfWrittenDraftIsKept() {
        assertEquals(List.of(),
                messages(ReviewKind.REVIEW, new ReviewContent(Map.of("clarity", 2), null, null, "Begun", ""), false));
    }

    @Test
    void submittingNamesEveryMissingRequiredField() {
        assertEquals(List.of("scores:review.scoreRequired:Relevance to the conference theme",
                "scores:review.scoreRequired:Originality", "scores:review.scoreRequired:Contribution to practice",
                "confidence:field.required", "recommendation:field.required", "toAuthors:field.required"),
                messages(ReviewKind.REVIEW, new ReviewContent(Map.of("clarity", 2), null, null, " ", ""), true));
    }

    @Test
    void scoresOutsideTheScaleAndUnknownCriteriaAreRefusedEvenInADraft() {
        assertEquals(List.of("scores:review.scoreOutOfScale:Clarity of the abstract", "recommendation:review.outOfScale:1"),
                messages(ReviewKind.REVIEW, new ReviewContent(Map.of("clarity", 6), 9, null, "", ""), false));
        assertEquals(List.of("scores:review.unknownCriterion:ethics"),
                messages(ReviewKind.REVIEW, new ReviewContent(Map.of("ethics", 2), null, null, "", ""), false));
    }

    @Test
    void aMetaReviewHasARecommendationAndTextButNoScores() {
        assertEquals(List.of(), messages(ReviewKind.META, new ReviewContent(Map.of(), 3, null, "Accept as a paper.", ""), true));
        assertEquals(List.of("null:review.metaHasNoScores"),
                messages(ReviewKind.META, new ReviewContent(Map.of("clarity", 2), 3, null, "x", ""), false));
    }

    @Test
    void textsLongerThanTenThousandCharactersAreRefused() {
        assertEquals(List.of("toCommittee:field.tooLong:10000"), messages(ReviewKind.REVIEW,
                new ReviewContent(Map.of(), null, null, "", "x".repeat(10_001)), false));
    }
}
