package org.samling.search.model;

/** Where a mass reindex is: queued, running, then done or failed; nothing goes back. */
public enum ReindexState {
    QUEUED, RUNNING, DONE, FAILED;

    public ReindexState start() {
        if (this != QUEUED) {
            throw new IllegalStateException("cannot start a reindex that is " + this);
        }
        return RUNNING;
    }

    public ReindexState finish(boolean ok) {
        if (this != RUNNING) {
            throw new IllegalStateException("cannot finish a reindex that is " + this);
        }
        return ok ? DONE : FAILED;
    }

    public boolean over() {
        return this == DONE || this == FAILED;
    }
}
