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
import org.samling.shared.JobState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

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
    private JobState state = JobState.QUEUED;

    @Column(nullable = false)
    private int progress;

    /** A message key naming the step under way. */
    @Column(nullable = false, length = 60)
    private String step = "autoAssign.step.queued";

    @Column(nullable = false, length = 100000)
    private String options;

    /** The result as gzip-compressed JSON in Base64: a varchar on both databases, and small. */
    @Column(length = 1000000)
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
        String packed = pack(resultJson);
        if (packed.length() > 1000000) {
            fail("result too large: " + packed.length() + " characters compressed", now);
            return;
        }
        state = state.finish(true);
        result = packed;
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

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public JobState getState() { return state; }

    public int getProgress() { return progress; }

    public String getStep() { return step; }

    public String getOptions() { return options; }

    /** The result's JSON, or null before it is done. */
    public String getResult() {
        return result == null ? null : unpack(result);
    }

    static String pack(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static String unpack(String packed) {
        try (GZIPInputStream gz = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(packed)))) {
            return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getError() { return error; }
}
