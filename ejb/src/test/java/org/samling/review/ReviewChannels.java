package org.samling.review;

import org.samling.decision.service.DecisionExport;
import org.samling.decision.service.DecisionLetters;
import org.samling.decision.service.DecisionRanking;
import org.samling.decision.service.DecisionViews;
import org.samling.lifecycle.service.PersonalDataExport;
import org.samling.review.service.ReviewAudit;
import org.samling.review.service.ReviewConflict;
import org.samling.review.service.ReviewFormService;
import org.samling.review.service.ReviewPolicy;
import org.samling.review.service.ReviewReading;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewViews;
import org.samling.review.service.ScoreLines;
import org.samling.search.persistence.SubmissionIndexBinder;
import org.samling.search.service.SearchPredicates;
import org.samling.search.service.SearchService;

import java.util.List;

/**
 * The channels through which someone can learn the committee's judgement, each with the classes
 * that make it (see {@link ReviewChannelsTest}). {@code ReviewIndependenceIT} probes every one of
 * them, by an exhaustive switch: a channel added here needs its probe there to compile.
 */
enum ReviewChannels {

    /** The decider itself: its predicates against the table the probes expect. */
    POLICY(ReviewPolicy.class),
    /** The search page and its API: a hit's mean score, ordering by it (the index's score is written by the binder). */
    SEARCH(SearchService.class, SearchPredicates.class, SubmissionIndexBinder.class),
    /** A reviewer's review page and its API: the other reviews, the discussion, a crossed save's stored text; the chairs' full reading. */
    REVIEW_PAGE(ReviewService.class, ReviewReading.class, ReviewViews.class, ReviewConflict.class, ScoreLines.class),
    /** The ranking, its CSV and JSON, the decision mails' preview, and what the authors read once told. */
    DECISIONS(DecisionRanking.class, DecisionLetters.class, DecisionViews.class, DecisionExport.class),
    /** The review form's editor, which counts the scores given to keep a criterion in use. */
    REVIEW_FORM(ReviewFormService.class),
    /** A person's own data, downloaded as a ZIP: the reviews they wrote, and nobody else's. */
    PERSONAL_DATA(PersonalDataExport.class),
    /** The audit log, whose review entries carry the scores given: the chairs' alone. */
    AUDIT_LOG(ReviewAudit.class);

    private final List<Class<?>> classes;

    ReviewChannels(Class<?>... classes) {
        this.classes = List.of(classes);
    }

    List<Class<?>> classes() {
        return classes;
    }
}
