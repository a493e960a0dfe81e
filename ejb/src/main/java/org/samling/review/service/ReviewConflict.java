package org.samling.review.service;

import org.samling.review.model.ReviewContent;
import org.samling.shared.DomainException;

import java.time.Instant;

/**
 * A save written on an older version of the review than the one stored (another tab, another
 * device): refused, with what is stored now, so the person keeps both texts and decides.
 */
public class ReviewConflict extends DomainException {

    private final transient ReviewContent stored;
    private final long storedVersion;
    private final Instant storedAt;

    public ReviewConflict(ReviewContent stored, long storedVersion, Instant storedAt) {
        super(null, "review.conflict");
        this.stored = stored;
        this.storedVersion = storedVersion;
        this.storedAt = storedAt;
    }

    /** What is stored now; null if another save was committed at the same moment and it could not be read. */
    public ReviewContent stored() {
        return stored;
    }

    public long storedVersion() {
        return storedVersion;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
