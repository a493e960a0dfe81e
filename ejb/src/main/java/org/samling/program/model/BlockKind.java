package org.samling.program.model;

/** What happens in a block: everyone together, parallel sessions, or a pause. */
public enum BlockKind {

    PLENARY, PARALLEL, BREAK, MEAL;

    /** Breaks and meals hold no sessions: the block's own title is what the programme shows. */
    public boolean holdsSessions() {
        return this == PLENARY || this == PARALLEL;
    }
}
