package org.samling.conference.model;

/** Where a call stands at a given instant. */
public enum CallPhase {
    NOT_YET_OPEN, OPEN, CLOSED
}
