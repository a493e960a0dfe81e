package org.samling.review.model;

/**
 * A review is a draft until submitted; a submitted review can be revised (until the review
 * deadline) but never becomes a draft again: what the committee read stays in.
 */
public enum ReviewState {

    DRAFT, SUBMITTED;

    public ReviewState saveDraft() {
        return this;
    }

    public ReviewState submit() {
        return SUBMITTED;
    }
}
