package org.samling.review.model;

/** Why a reviewer must not review a submission. */
public enum ConflictReason {

    /** The reviewer is one of its authors. */
    IS_AUTHOR,
    /** An author has an address at the reviewer's organisation (public mail providers excluded). */
    SAME_EMAIL_DOMAIN,
    /** An author's affiliation is the reviewer's, after normalisation. */
    SAME_AFFILIATION,
    /** The reviewer wrote another submission to this conference with one of its authors. */
    CO_AUTHOR,
    /** The reviewer declared a conflict with an author (by name or e-mail). */
    DECLARED_PERSON,
    /** The reviewer declared a conflict with an author's institution. */
    DECLARED_INSTITUTION,
    /** The reviewer declared a conflict with this submission. */
    DECLARED_SUBMISSION,
    /** The authors named this committee member as conflicted. */
    NAMED_BY_AUTHORS;

    /** Declared ones hold as they are; detected ones can be dismissed by a chair. */
    public boolean detected() {
        return this == SAME_EMAIL_DOMAIN || this == SAME_AFFILIATION || this == CO_AUTHOR;
    }
}
