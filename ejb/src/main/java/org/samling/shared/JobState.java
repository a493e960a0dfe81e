package org.samling.shared;

/**
 * Where a background job is (a run of the automatic assignment, a rebuild of the search index):
 * queued, running, then done or failed; nothing goes back. Kept in the job's database row so that
 * every node shows it.
 */
public enum JobState {

    QUEUED, RUNNING, DONE, FAILED;

    public JobState start() {
        if (this != QUEUED) {
            throw new IllegalStateException("cannot start a run that is " + this);
        }
        return RUNNING;
    }

    public JobState finish(boolean ok) {
        if (this != RUNNING && this != QUEUED) {
            throw new IllegalStateException("cannot finish a run that is " + this);
        }
        return ok ? DONE : FAILED;
    }

    public boolean over() {
        return this == DONE || this == FAILED;
    }
}
