package org.samling.assignment.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.samling.assignment.model.AssignmentRun;
import org.samling.assignment.model.AssignmentRuns;

import java.time.Clock;

/** A run's row, each change in a transaction of its own, so that every node sees progress at once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AutoAssignmentRuns {

    @Inject
    AssignmentRuns runs;
    @Inject
    Clock clock;

    public Long create(Long conferenceId, Long requestedBy, String optionsJson) {
        return runs.add(new AssignmentRun(conferenceId, requestedBy, optionsJson, clock.instant())).getId();
    }

    public void start(Long runId) {
        runs.run(runId).orElseThrow().start();
    }

    public void progress(Long runId, int percent, String stepKey) {
        runs.run(runId).orElseThrow().progress(percent, stepKey);
    }

    public void finish(Long runId, String resultJson) {
        runs.run(runId).orElseThrow().finish(resultJson, clock.instant());
    }

    public void fail(Long runId, String message) {
        runs.run(runId).orElseThrow().fail(message, clock.instant());
    }
}
