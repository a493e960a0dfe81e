package org.samling.conference.model;

/** The kinds of contribution a call can ask for; names come from the message bundle. */
public enum SubmissionKind {
    PAPER, WORKSHOP, POSTER, SYMPOSIUM
}
