package org.samling.review.model;

/** A reviewer's own review of a submission, or the meta-review the chair asked one of them for. */
public enum ReviewKind {
    REVIEW, META
}
