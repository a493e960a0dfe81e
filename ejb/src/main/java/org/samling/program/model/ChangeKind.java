package org.samling.program.model;

/** What a release changed for one item of the programme, as its changelog says it. */
public enum ChangeKind {
    ADDED, MOVED, CANCELLED, CONFIRMED, TENTATIVE, RETITLED,
    /** The programme held again at another venue from another first day (an occurrence added), or no longer. */
    HELD_AGAIN, NO_LONGER_HELD
}
