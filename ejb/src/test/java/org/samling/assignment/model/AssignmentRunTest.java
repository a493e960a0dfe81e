package org.samling.assignment.model;

import org.junit.jupiter.api.Test;
import org.samling.shared.JobState;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run of the automatic assignment: its states never go back, and its result comes back as stored. */
class AssignmentRunTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aRunIsQueuedThenRunningThenDoneAndNeverBack() {
        AssignmentRun run = new AssignmentRun(1L, 2L, "{}", NOW);
        assertEquals(JobState.QUEUED, run.getState());
        assertNull(run.getResult());
        run.start();
        run.progress(140, "autoAssign.step.solving");
        assertEquals(100, run.getProgress(), "a percentage stays within 0..100");
        String json = "{\"changes\":[{\"title\":\"Når familien selv sidder for bordet\"}]}".repeat(2000);
        run.finish(json, NOW);
        assertEquals(JobState.DONE, run.getState());
        assertEquals(json, run.getResult(), "the compressed result comes back as it was, Nordic letters and all");
        assertThrows(IllegalStateException.class, run::start);
        assertThrows(IllegalStateException.class, () -> run.fail("late", NOW));
        assertTrue(JobState.DONE.over() && JobState.FAILED.over() && !JobState.RUNNING.over());
    }
}
