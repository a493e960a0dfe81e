package org.samling.program.model;

/** What a release changed for one item of the programme, as its changelog says it. */
public enum ChangeKind {
    ADDED, MOVED, CANCELLED, CONFIRMED, TENTATIVE, RETITLED
}
