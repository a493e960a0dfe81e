package org.samling.program.model;

/** What the editor flags while a chair builds the programme; each has a message "program.clash.KIND". */
public enum ClashKind {
    /** One person presents in two sessions at the same time. */
    PERSON_TWICE,
    /** A session's chair presents in a session running at the same time. */
    CHAIR_PRESENTS,
    /** Two sessions in one room at the same time. */
    ROOM_TWICE,
    /** A session's items together run longer than its block. */
    OVERRUN,
    /** More people expected than the room seats. */
    ROOM_TOO_SMALL,
    /** A placed submission is no longer accepted (its authors withdrew it). */
    NOT_ACCEPTED
}
