package org.samling.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.samling.i18n.Language;

import java.time.Instant;

/**
 * One participant's registration for a conference (or one occurrence of it), with or without an
 * account: the secret token in its link is how they come back to change or cancel it.
 */
@Entity
@Table(name = "registration")
public class Registration {

    public enum State {
        ACTIVE, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "occurrence_id")
    private Long occurrenceId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 300)
    private String organisation;

    /** The answers to the chair's questions, one line each in the questions' order. */
    @Column(nullable = false, length = 8000)
    private String answers = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state = State.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected Registration() {
    }

    public Registration(Long conferenceId, Long occurrenceId, Long accountId, String name, String email, String organisation,
            String answers, Language language, String token, Instant now) {
        this.conferenceId = conferenceId;
        this.token = token;
        this.createdAt = now;
        update(occurrenceId, accountId, name, email, organisation, answers, language);
    }

    public final void update(Long occurrenceId, Long accountId, String name, String email, String organisation,
            String answers, Language language) {
        this.occurrenceId = occurrenceId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.answers = answers;
        this.language = language;
    }

    /** To another occurrence of the conference (null: the conference's own); its picks are given again there. */
    public void moveTo(Long occurrenceId) {
        if (!active()) {
            throw new IllegalStateException("a cancelled registration does not move");
        }
        this.occurrenceId = occurrenceId;
    }

    /**
     * Erases the participant: the pseudonym for name and address, no organisation or answers, and
     * a new token so that the old link (which may be in a mail somewhere) opens nothing. Seats and
     * picks stay, as counts.
     */
    public void erase(String pseudonym, String pseudonymEmail, String newToken) {
        this.name = pseudonym;
        this.email = pseudonymEmail;
        this.organisation = null;
        this.answers = "";
        this.token = newToken;
    }

    public void cancel(Instant now) {
        state = State.CANCELLED;
        cancelledAt = now;
    }

    /** Registering again with a cancelled registration's address takes it up again. */
    public void reactivate() {
        state = State.ACTIVE;
        cancelledAt = null;
    }

    public boolean active() {
        return state == State.ACTIVE;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public Long getOccurrenceId() { return occurrenceId; }
    public Long getAccountId() { return accountId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getOrganisation() { return organisation; }
    public String getAnswers() { return answers; }
    public Language getLanguage() { return language; }
    public String getToken() { return token; }
    public State getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
}
