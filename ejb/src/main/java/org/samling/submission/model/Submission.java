package org.samling.submission.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One contribution to a conference's call, owned by the account that created it. Conference,
 * track and type are referred to by id: the conference context owns them. The search context
 * indexes it (its own mapping; every committed change is in the index within a second).
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "abstract_text", nullable = false, length = 20000)
    private String abstractText;

    // Batched: a list of submissions (a chair's page, the index rebuild) loads the collections of
    // up to 100 at once instead of one query per submission and collection.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "submission_keyword", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    @Column(name = "keyword", length = 60)
    private List<String> keywords = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    private AbstractLanguage language;

    @Column(name = "track_id")
    private Long trackId;

    @Column(name = "type_id")
    private Long typeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "submission_author", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    private List<Author> authors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SubmissionState state = SubmissionState.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Committee members (accounts) the authors say must not review this submission. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "submission_named_conflict", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "account_id")
    private Set<Long> namedConflicts = new HashSet<>();

    /** An individual extension a chair granted: this submission may change until then. */
    @Column(name = "extended_until")
    private Instant extendedUntil;

    /** When the authors were last told of a change after submitting (one notice an hour at most). */
    @Column(name = "change_notice_at")
    private Instant changeNoticeAt;

    @Version
    private long version;

    protected Submission() {
    }

    public Submission(Long conferenceId, Long ownerId, Instant now) {
        this.conferenceId = conferenceId;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
        this.title = "";
        this.abstractText = "";
    }

    /** Replaces the content; only while the state allows editing. */
    public void edit(SubmissionContent c, Instant now) {
        if (!state.editable() && !state.takesFinalVersion()) {
            throw new IllegalStateException("A " + state + " submission cannot be edited");
        }
        this.title = c.title() == null ? "" : c.title().trim();
        this.abstractText = c.abstractText() == null ? "" : c.abstractText().strip();
        this.keywords = new ArrayList<>(c.keywords());
        this.language = c.language();
        this.trackId = c.trackId();
        this.typeId = c.typeId();
        this.authors = new ArrayList<>(c.authors());
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        if (state == SubmissionState.DRAFT) {
            state = state.moveTo(SubmissionState.SUBMITTED);
        } else if (state != SubmissionState.SUBMITTED) {
            throw new IllegalStateException("A " + state + " submission cannot be submitted");
        }
        submittedAt = now;
        updatedAt = now;
    }

    /** Takes the decision the authors are being told: a first decision, or a correction of one. */
    public void decided(SubmissionState decision, Instant now) {
        state = state.decided() ? state.correctTo(decision) : state.moveTo(decision);
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        state = state.moveTo(SubmissionState.WITHDRAWN);
        updatedAt = now;
    }

    /** Whether a change made now may be told: none told yet, or the last longer ago than the interval. */
    public boolean changeNoticeDue(Instant now, Duration interval) {
        return changeNoticeAt == null || !now.isBefore(changeNoticeAt.plus(interval));
    }

    public void changeNoticed(Instant now) {
        this.changeNoticeAt = now;
    }

    /** Keeps how many authors there were and who presented, not who they were: "Author 1", "Author 2", ... */
    public void anonymiseAuthors() {
        for (int i = 0; i < authors.size(); i++) {
            authors.set(i, new Author("Author " + (i + 1), null, null, null, authors.get(i).isPresenting()));
        }
    }

    /**
     * Replaces every author with this address by the pseudonym (no address that can be written
     * to, no affiliation or country), keeping their place and whether they present. Returns
     * whether any author was replaced.
     */
    public boolean replaceAuthor(String email, String pseudonym, String pseudonymEmail) {
        boolean any = false;
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            if (a.getEmail() != null && a.getEmail().equalsIgnoreCase(email)) {
                authors.set(i, new Author(pseudonym, pseudonymEmail, null, null, a.isPresenting()));
                any = true;
            }
        }
        return any;
    }

    /** Sets the individual deadline (the grant itself is logged as a {@link SubmissionExtension}). */
    public void extendUntil(Instant until) {
        this.extendedUntil = until;
    }

    /** When this submission stops being changeable: the call's close, or a later individual extension. */
    public Instant closesAt(Instant callClosesAt) {
        return extendedUntil != null && extendedUntil.isAfter(callClosesAt) ? extendedUntil : callClosesAt;
    }

    /** The authors name the committee members they are in conflict with (replacing the earlier list). */
    public void nameConflicts(Set<Long> accountIds) {
        if (!state.editable() && !state.takesFinalVersion()) {
            throw new IllegalStateException("A " + state + " submission cannot be edited");
        }
        namedConflicts.clear();
        namedConflicts.addAll(accountIds);
    }

    public Set<Long> getNamedConflicts() { return Set.copyOf(namedConflicts); }

    public Instant getExtendedUntil() { return extendedUntil; }

    public SubmissionContent content() {
        return new SubmissionContent(title, abstractText, List.copyOf(keywords), language, trackId, typeId, List.copyOf(authors));
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public Long getOwnerId() { return ownerId; }

    public String getTitle() { return title; }

    public SubmissionState getState() { return state; }

    public Instant getUpdatedAt() { return updatedAt; }

    public Instant getSubmittedAt() { return submittedAt; }

    public Long getTrackId() { return trackId; }

    public Long getTypeId() { return typeId; }

    public List<Author> getAuthors() { return List.copyOf(authors); }

    public long getVersion() { return version; }
}
