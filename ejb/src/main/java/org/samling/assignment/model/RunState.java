package org.samling.assignment.model;

/** Where a run of the automatic assignment is: queued, running, then done or failed; nothing goes back. */
public enum RunState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public RunState start() {
        if (this != QUEUED) {
            throw new IllegalStateException("cannot start a run that is " + this);
        }
        return RUNNING;
    }

    public RunState finish(boolean ok) {
        if (this != RUNNING && this != QUEUED) {
            throw new IllegalStateException("cannot finish a run that is " + this);
        }
        return ok ? DONE : FAILED;
    }

    public boolean over() {
        return this == DONE || this == FAILED;
    }
}
