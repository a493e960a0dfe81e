package org.samling.program.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A published version of the programme: what the public pages, PDFs, calendar and JSON show
 * until the next release (later edits stay a draft), with the changelog to the release before.
 * Both kept as JSON text so that any node reads the same release.
 */
@Entity
@Table(name = "program_release")
public class Release {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "release_number", nullable = false)
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(nullable = false, length = 1000000)
    private String snapshot;

    @Column(nullable = false, length = 1000000)
    private String changes;

    protected Release() {
    }

    public Release(Long conferenceId, int number, Instant publishedAt, Long publishedBy, String snapshot, String changes) {
        this.conferenceId = conferenceId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.snapshot = snapshot;
        this.changes = changes;
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public int getNumber() { return number; }

    public Instant getPublishedAt() { return publishedAt; }

    public String getSnapshot() { return snapshot; }

    public String getChanges() { return changes; }
}
