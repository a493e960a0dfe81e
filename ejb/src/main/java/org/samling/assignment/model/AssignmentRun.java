package org.samling.assignment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One run of the automatic assignment: its options, its progress, and its result as JSON once done. */
@Entity
@Table(name = "assignment_run")
public class AssignmentRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "requested_by", nullable = false)
    private Long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RunState state = RunState.QUEUED;

    @Column(nullable = false)
    private int progress;

    /** A message key naming the step under way. */
    @Column(nullable = false, length = 60)
    private String step = "autoAssign.step.queued";

    @Column(nullable = false, length = 100000)
    private String options;

    @Column(length = 10000000)
    private String result;

    @Column(length = 1000)
    private String error;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected AssignmentRun() {
    }

    public AssignmentRun(Long conferenceId, Long requestedBy, String options, Instant now) {
        this.conferenceId = conferenceId;
        this.requestedBy = requestedBy;
        this.options = options;
        this.createdAt = now;
    }

    public void start() {
        state = state.start();
    }

    public void progress(int percent, String stepKey) {
        this.progress = Math.max(0, Math.min(100, percent));
        this.step = stepKey;
    }

    public void finish(String resultJson, Instant now) {
        state = state.finish(true);
        result = resultJson;
        progress = 100;
        step = "autoAssign.step.done";
        finishedAt = now;
    }

    public void fail(String message, Instant now) {
        state = state.finish(false);
        error = message == null ? "" : message.substring(0, Math.min(1000, message.length()));
        step = "autoAssign.step.failed";
        finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getConferenceId() {
        return conferenceId;
    }

    public RunState getState() {
        return state;
    }

    public int getProgress() {
        return progress;
    }

    public String getStep() {
        return step;
    }

    public String getOptions() {
        return options;
    }

    public String getResult() {
        return result;
    }

    public String getError() {
        return error;
    }
}
