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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The call for contributions of a conference. Deadlines are instants: they were set in the
 * conference's time zone and the server's clock decides.
 */
@Entity
@Table(name = "call_for_contributions")
public class Call {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "conference_id", nullable = false, unique = true)
    private Conference conference;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "grace_minutes", nullable = false)
    private int graceMinutes;

    @Column(name = "notification_date")
    private LocalDate notificationDate;

    @Column(name = "final_version_deadline")
    private Instant finalVersionDeadline;

    @Column(name = "word_limit", nullable = false)
    private int wordLimit;

    @Column(name = "max_keywords", nullable = false)
    private int maxKeywords = 6;

    @Column(name = "max_authors", nullable = false)
    private int maxAuthors = 8;

    @Enumerated(EnumType.STRING)
    @Column(name = "pdf_policy", nullable = false, length = 10)
    private PdfPolicy pdfPolicy = PdfPolicy.OPTIONAL;

    @Column(name = "pdf_max_pages", nullable = false)
    private int pdfMaxPages = 4;

    @Column(name = "pdf_max_bytes", nullable = false)
    private int pdfMaxBytes = 5 * 1024 * 1024;

    /** Double-blind review: authors hidden from reviewers. On unless the chair turns it off. */
    @Column(name = "blind", nullable = false)
    private boolean blind = true;

    @Version
    private long version;

    protected Call() {
    }

    public Call(Conference conference, Instant opensAt, Instant deadline, int graceMinutes,
            LocalDate notificationDate, Instant finalVersionDeadline, int wordLimit) {
        if (!deadline.isAfter(opensAt)) {
            throw new IllegalArgumentException("deadline must be after the opening");
        }
        this.conference = conference;
        this.opensAt = opensAt;
        this.deadline = deadline;
        this.graceMinutes = Math.max(0, graceMinutes);
        this.notificationDate = notificationDate;
        this.finalVersionDeadline = finalVersionDeadline;
        this.wordLimit = wordLimit;
    }

    /** The last instant a submission is taken: the deadline plus the grace period. */
    public Instant closesAt() {
        return deadline.plus(Duration.ofMinutes(graceMinutes));
    }

    public CallPhase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return CallPhase.NOT_YET_OPEN;
        }
        return now.isBefore(closesAt()) ? CallPhase.OPEN : CallPhase.CLOSED;
    }

    public Long getId() { return id; }

    public Conference getConference() { return conference; }

    public Instant getOpensAt() { return opensAt; }

    public Instant getDeadline() { return deadline; }

    public int getGraceMinutes() { return graceMinutes; }

    public LocalDate getNotificationDate() { return notificationDate; }

    public Instant getFinalVersionDeadline() { return finalVersionDeadline; }

    public int getWordLimit() { return wordLimit; }

    public int getMaxKeywords() { return maxKeywords; }

    public int getMaxAuthors() { return maxAuthors; }

    public PdfPolicy getPdfPolicy() { return pdfPolicy; }

    public int getPdfMaxPages() { return pdfMaxPages; }

    public int getPdfMaxBytes() { return pdfMaxBytes; }

    public boolean isBlind() { return blind; }

    /** The chair's settings, checked as a whole by the conference service before they get here. */
    public void configure(CallSettings c) {
        this.opensAt = c.opensAt();
        this.deadline = c.deadline();
        this.graceMinutes = c.graceMinutes();
        this.notificationDate = c.notificationDate();
        this.finalVersionDeadline = c.finalVersionDeadline();
        this.wordLimit = c.wordLimit();
        this.maxKeywords = c.maxKeywords();
        this.maxAuthors = c.maxAuthors();
        this.pdfPolicy = c.pdfPolicy();
        this.pdfMaxPages = c.pdfMaxPages();
        this.pdfMaxBytes = c.pdfMaxBytes();
        this.blind = c.blind();
    }

    public CallSettings settings() {
        return new CallSettings(opensAt, deadline, graceMinutes, notificationDate, finalVersionDeadline, wordLimit,
                maxKeywords, maxAuthors, pdfPolicy, pdfMaxPages, pdfMaxBytes, blind);
    }

    /** Limits on keywords and authors; at least one of each. */
    public void limit(int maxKeywords, int maxAuthors) {
        if (maxKeywords < 1 || maxAuthors < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        this.maxKeywords = maxKeywords;
        this.maxAuthors = maxAuthors;
    }
}
