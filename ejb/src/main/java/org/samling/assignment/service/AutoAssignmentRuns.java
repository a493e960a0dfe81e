package org.samling.assignment.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.samling.assignment.model.AssignmentRun;
import org.samling.assignment.model.Assignments;

import java.time.Clock;

/** A run's row, each change in a transaction of its own, so that every node sees progress at once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AutoAssignmentRuns {

    @Inject
    Assignments assignments;
    @Inject
    Clock clock;

    public Long create(Long conferenceId, Long requestedBy, String optionsJson) {
        return assignments.add(new AssignmentRun(conferenceId, requestedBy, optionsJson, clock.instant())).getId();
    }

    public void start(Long runId) {
        assignments.run(runId).orElseThrow().start();
    }

    public void progress(Long runId, int percent, String stepKey) {
        assignments.run(runId).orElseThrow().progress(percent, stepKey);
    }

    public void finish(Long runId, String resultJson) {
        assignments.run(runId).orElseThrow().finish(resultJson, clock.instant());
    }

    public void fail(Long runId, String message) {
        assignments.run(runId).orElseThrow().fail(message, clock.instant());
    }
}
