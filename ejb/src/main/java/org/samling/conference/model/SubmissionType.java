package org.samling.conference.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A kind of contribution this call takes, with its presentation length. */
@Entity
@Table(name = "submission_type")
public class SubmissionType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false)
    private Conference conference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubmissionKind kind;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int position;

    /** How many of this type the programme can take (accepted), or null when the chairs set no limit. */
    private Integer capacity;

    protected SubmissionType() {
    }

    public SubmissionType(Conference conference, SubmissionKind kind, int minutes, int position) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("a presentation lasts at least a minute");
        }
        this.conference = conference;
        this.kind = kind;
        this.minutes = minutes;
        this.position = position;
    }

    public void change(SubmissionKind kind, int minutes, int position) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("a presentation lasts at least a minute");
        }
        this.kind = kind;
        this.minutes = minutes;
        this.position = position;
    }

    public void limitTo(Integer capacity) {
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("a capacity is never negative");
        }
        this.capacity = capacity;
    }

    public Integer getCapacity() { return capacity; }

    public Long getId() { return id; }

    public SubmissionKind getKind() { return kind; }

    public int getMinutes() { return minutes; }

    public int getPosition() { return position; }
}
