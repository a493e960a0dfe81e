package org.samling.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/** When a committee member was last reminded of the reviews they owe one conference. */
@Entity
@Table(name = "reviewer_reminder")
public class ReviewerReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "reminded_at", nullable = false)
    private Instant remindedAt;

    @Version
    private long version;

    protected ReviewerReminder() {
    }

    public ReviewerReminder(Long conferenceId, Long accountId, Instant remindedAt) {
        this.conferenceId = conferenceId;
        this.accountId = accountId;
        this.remindedAt = remindedAt;
    }

    /** Whether another reminder now would come too soon after this one. */
    public boolean tooRecent(Instant now, Duration interval) {
        return now.isBefore(remindedAt.plus(interval));
    }

    public void remindedAgain(Instant now) {
        this.remindedAt = now;
    }

    public Long getAccountId() { return accountId; }

    public Instant getRemindedAt() { return remindedAt; }
}
