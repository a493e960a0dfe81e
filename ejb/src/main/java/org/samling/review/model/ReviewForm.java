package org.samling.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A conference's review form and review settings: the form's definition, whether a reviewer may
 * read the other reviews of a submission once their own is in, and the review deadline (reviews
 * can be saved and revised until then).
 */
@Entity
@Table(name = "review_form")
public class ReviewForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    /** The form as JSON in a text column (Hibernate's JSON mapping, with JSON-B). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "varchar(20000)")
    private ReviewFormDefinition definition;

    @Column(name = "others_visible", nullable = false)
    private boolean othersVisible = true;

    @Column(name = "review_deadline")
    private Instant reviewDeadline;

    /** Whether the authors, once told, read the reviews' scores beside the comments (off: comments only). */
    @Column(name = "scores_to_authors", nullable = false)
    private boolean scoresToAuthors;

    /** Days within which nobody is reminded again of missing reviews (0: any time). */
    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = 3;

    @Version
    private long version;

    protected ReviewForm() {
    }

    public ReviewForm(Long conferenceId, ReviewFormDefinition definition, Instant reviewDeadline) {
        this.conferenceId = conferenceId;
        this.definition = definition;
        this.reviewDeadline = reviewDeadline;
    }

    public ReviewFormDefinition definition() {
        return definition;
    }

    public void define(ReviewFormDefinition d, boolean othersVisible, Instant reviewDeadline) {
        this.definition = d;
        this.othersVisible = othersVisible;
        this.reviewDeadline = reviewDeadline;
    }

    /** Whether reviews may still be saved at this instant (no deadline set: yes). */
    public boolean openAt(Instant now) {
        return reviewDeadline == null || now.isBefore(reviewDeadline);
    }

    public void showScoresToAuthors(boolean show) {
        this.scoresToAuthors = show;
    }

    public boolean isScoresToAuthors() { return scoresToAuthors; }

    public Long getConferenceId() { return conferenceId; }

    public boolean isOthersVisible() { return othersVisible; }

    public Instant getReviewDeadline() { return reviewDeadline; }

    public long getVersion() { return version; }

    public int getReminderDays() { return reminderDays; }

    /** The chairs' interval between two reminders to the same person; checked by the service. */
    public void remindEvery(int days) {
        this.reminderDays = days;
    }
}
