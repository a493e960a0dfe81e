package org.samling.review.model;

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

/** One reviewer's bid on one submission; a later bid replaces it. */
@Entity
@Table(name = "bid")
public class Bid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BidPreference preference;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Bid() {
    }

    public Bid(Long submissionId, Long accountId, BidPreference preference, Instant now) {
        this.submissionId = submissionId;
        this.accountId = accountId;
        this.preference = preference;
        this.updatedAt = now;
    }

    public void change(BidPreference preference, Instant now) {
        this.preference = preference;
        this.updatedAt = now;
    }

    public Long getSubmissionId() { return submissionId; }

    public Long getAccountId() { return accountId; }

    public BidPreference getPreference() { return preference; }
}
