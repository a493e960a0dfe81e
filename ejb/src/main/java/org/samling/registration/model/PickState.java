package org.samling.registration.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A pick's life: first come first served gives a seat (CONFIRMED) or a place in the queue
 * (WAITING), and a freed seat moves the first WAITING up; with allocation the ranked picks are
 * RANKED until the allocation confirms one per block and leaves the others NOT_GIVEN (the first
 * choice of someone who got nothing goes WAITING). CANCELLED is the end of any of them.
 */
public enum PickState {

    CONFIRMED, WAITING, RANKED, NOT_GIVEN, CANCELLED;

    private Set<PickState> next() {
        return switch (this) {
            case CONFIRMED -> EnumSet.of(CANCELLED);
            case WAITING -> EnumSet.of(CONFIRMED, CANCELLED);
            case RANKED -> EnumSet.of(CONFIRMED, NOT_GIVEN, WAITING, CANCELLED);
            case NOT_GIVEN -> EnumSet.of(CANCELLED);
            case CANCELLED -> EnumSet.noneOf(PickState.class);
        };
    }

    public boolean canMoveTo(PickState target) {
        return next().contains(target);
    }

    /** Still holding or waiting for a seat. */
    public boolean live() {
        return this == CONFIRMED || this == WAITING || this == RANKED;
    }
}
