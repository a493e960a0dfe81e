package org.samling.review.model;

/**
 * A reviewer's wish for one submission. CONFLICT is not a wish: it declares a conflict of
 * interest, and the submission disappears from everything the reviewer sees.
 */
public enum BidPreference {
    EAGER, WILLING, INDIFFERENT, UNWILLING, CONFLICT
}
