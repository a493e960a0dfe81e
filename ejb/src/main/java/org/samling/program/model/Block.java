package org.samling.program.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;

/** A time slot on one day of the conference, of a kind (the seeds' "blok 1", a pause, the lunch). */
@Entity
@Table(name = "program_block")
public class Block {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "held_on", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private LocalTime starts;

    @Column(nullable = false)
    private LocalTime ends;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BlockKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Version
    private long version;

    protected Block() {
    }

    public Block(Long conferenceId, LocalDate day, LocalTime starts, LocalTime ends, BlockKind kind, String title) {
        this.conferenceId = conferenceId;
        change(day, starts, ends, kind, title);
    }

    /** The caller has checked the times (ends after starts); a block never runs past midnight. */
    public final void change(LocalDate day, LocalTime starts, LocalTime ends, BlockKind kind, String title) {
        if (!ends.isAfter(starts)) {
            throw new IllegalArgumentException("block ends before it starts");
        }
        this.day = day;
        this.starts = starts;
        this.ends = ends;
        this.kind = kind;
        this.title = title;
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public LocalDate getDay() { return day; }

    public LocalTime getStarts() { return starts; }

    public LocalTime getEnds() { return ends; }

    public BlockKind getKind() { return kind; }

    public String getTitle() { return title; }
}
