package org.samling.lifecycle.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A conference's retention: {@link #months} after its last day the personal data it no longer needs
 * is erased, the chairs told a month before. Each step happens once: its instant is kept.
 */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    /** The shortest and longest periods a chair may choose. */
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    @Id
    @Column(name = "conference_id")
    private Long conferenceId;

    @Column(nullable = false)
    private int months;

    @Column(name = "noticed_at")
    private Instant noticedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** What the timer does for one policy now. */
    public enum Step {
        NOTHING, NOTICE, ERASE
    }

    protected RetentionPolicy() {
    }

    public RetentionPolicy(Long conferenceId, int months) {
        this.conferenceId = conferenceId;
        this.months = months;
    }

    /** The first instant after the period: the day after the last day plus the months, at midnight in the conference's zone. */
    public static Instant dueAt(LocalDate lastDay, ZoneId zone, int months) {
        return lastDay.plusMonths(months).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** A month before {@link #dueAt}. */
    public static Instant noticeAt(LocalDate lastDay, ZoneId zone, int months) {
        return lastDay.plusMonths(months).plusDays(1).minusMonths(1).atStartOfDay(zone).toInstant();
    }

    /** What is due now: the erasure once its time has come (told or not), else the notice once its time has come. */
    public Step stepAt(LocalDate lastDay, ZoneId zone, Instant now) {
        if (erasedAt != null) {
            return Step.NOTHING;
        }
        if (!now.isBefore(dueAt(lastDay, zone, months))) {
            return Step.ERASE;
        }
        return noticedAt == null && !now.isBefore(noticeAt(lastDay, zone, months)) ? Step.NOTICE : Step.NOTHING;
    }

    /** A new period starts over: told again and erased at the new time (unless it was erased already). */
    public void change(int months) {
        if (months != this.months && erasedAt == null) {
            this.months = months;
            this.noticedAt = null;
        }
    }

    public void noticed(Instant now) {
        this.noticedAt = now;
    }

    public void erased(Instant now) {
        this.erasedAt = now;
    }

    public Long getConferenceId() { return conferenceId; }

    public int getMonths() { return months; }

    public Instant getNoticedAt() { return noticedAt; }

    public Instant getErasedAt() { return erasedAt; }
}
