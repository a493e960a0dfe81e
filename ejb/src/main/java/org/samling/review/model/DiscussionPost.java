package org.samling.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message in the committee's discussion of a submission; never shown to its authors. */
@Entity
@Table(name = "discussion_post")
public class DiscussionPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected DiscussionPost() {
    }

    public DiscussionPost(Long submissionId, Long accountId, String body, Instant now) {
        this.submissionId = submissionId;
        this.accountId = accountId;
        this.body = body;
        this.postedAt = now;
    }

    public Long getSubmissionId() { return submissionId; }

    public Long getAccountId() { return accountId; }

    public String getBody() { return body; }

    public Instant getPostedAt() { return postedAt; }
}
