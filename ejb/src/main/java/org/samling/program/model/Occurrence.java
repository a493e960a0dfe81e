package org.samling.program.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * The same programme held again at another venue from another first day (the seeds' day "to
 * steder i regionen"): every block keeps its time of day and moves by the days between the two
 * first days. The conference's own venue and dates are the first occurrence.
 */
@Entity
@Table(name = "program_occurrence")
public class Occurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(nullable = false, length = 300)
    private String venue;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    protected Occurrence() {
    }

    public Occurrence(Long conferenceId, String venue, LocalDate firstDay) {
        this.conferenceId = conferenceId;
        this.venue = venue;
        this.firstDay = firstDay;
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public String getVenue() { return venue; }

    public LocalDate getFirstDay() { return firstDay; }
}
