package org.samling.conference.model;

/** A submission type as the chair edits it: its id (null for a new one), kind and length. */
public record TypeEdit(Long id, SubmissionKind kind, Integer minutes, Integer capacity) {

    public TypeEdit(Long id, SubmissionKind kind, Integer minutes) {
        this(id, kind, minutes, null);
    }
}
