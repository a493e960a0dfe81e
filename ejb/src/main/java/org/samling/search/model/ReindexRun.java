package org.samling.search.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.samling.shared.JobState;

import java.time.Instant;

/**
 * One rebuild of the search index, with its progress in the database so that any node can show
 * it: how many submissions there are and how many are indexed so far.
 */
@Entity
@Table(name = "search_reindex")
public class ReindexRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Who started it (null: the server, at start-up, because the index was missing). */
    @Column(name = "started_by")
    private Long startedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JobState state = JobState.QUEUED;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long done;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 2000)
    private String error;

    protected ReindexRun() {
    }

    public ReindexRun(Long startedBy, Instant now) {
        this.startedBy = startedBy;
        this.createdAt = now;
    }

    public void start(long total) {
        this.state = state.start();
        this.total = total;
    }

    public void progress(long done, long total) {
        this.done = done;
        this.total = Math.max(total, this.total);
    }

    public void finish(Instant now, String error) {
        this.state = state.finish(error == null);
        this.finishedAt = now;
        this.error = error == null ? null : error.substring(0, Math.min(2000, error.length()));
        if (error == null) {
            this.done = total;
        }
    }

    /** Per cent done, 0 to 100. */
    public int percent() {
        return state == JobState.DONE ? 100 : total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    public Long getId() { return id; }

    public JobState getState() { return state; }

    public long getTotal() { return total; }

    public long getDone() { return done; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getFinishedAt() { return finishedAt; }

    public String getError() { return error; }
}
